"""livereload: the live preview (`make devserver`) reloads the page a reader is looking at.

Only when the ``LIVERELOAD`` setting is on (the Makefile's ``devserver``
target passes ``-e LIVERELOAD=true``): every page then loads
``livereload.js`` from the site itself (so the Content-Security-Policy's
``script-src 'self'`` still holds), which polls ``/.livereload``; this
plugin writes a new token there after each build, last of all (after the
search index), and the page reloads when the token changes.

``make html`` and ``make publish`` leave the setting off: their pages carry
no script for it, and their output holds neither file. A live build with the
setting off removes the two files a previous one left.
"""

from __future__ import annotations

from .plugin import register  # noqa: F401
