"""Content-Security-Policy sources for the theme's own inline scripts.

The CSP allows no inline script but those whose exact text it names by
hash (CSP Level 2 ``'sha256-…'``), so markup that slipped into a page still
cannot run, while the theme's light/dark script runs before the first paint
without a request of its own.
"""

import base64
import hashlib


def csp_hash(text) -> str:
    """The CSP source that allows an inline ``<script>`` whose content is exactly ``text``."""
    digest = hashlib.sha256(str(text).encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
