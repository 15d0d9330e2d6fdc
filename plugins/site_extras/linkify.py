"""The `linkify` Jinja filter: plain text, escaped, with its web and e-mail addresses as links.

Author bios are plain text from front matter ("For information contact
www.hyken.com ."); readers should be able to follow the addresses they
name. Everything else stays text: entities are read, then everything is
escaped, so a bio can never inject markup.
"""

from __future__ import annotations

import re
from html import escape, unescape

from markupsafe import Markup

# An e-mail address, or a web address with its scheme or starting "www.".
ADDRESS = re.compile(
    r"(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)"
    r"|(?P<web>\b(?:https?://|www\.)[^\s<>\"']+)",
    re.IGNORECASE,
)
# Sentence punctuation that ends a sentence rather than the address.
TRAILING = ".,;:!?)]}’”'\""


def _web_link(text: str) -> tuple[str, str]:
    """(link, trailing punctuation left outside it)."""
    address = text.rstrip(TRAILING)
    trailing = text[len(address):]
    href = address if address.lower().startswith(("http://", "https://")) else "https://" + address
    return f'<a href="{escape(href)}" rel="external noopener">{escape(address)}</a>', trailing


def linkify(text) -> Markup:
    """Front matter may carry entities ("Tips &amp; Techniques"): read them as the characters they are."""
    text = unescape("" if text is None else str(text))
    parts, last = [], 0
    for found in ADDRESS.finditer(text):
        parts.append(escape(text[last:found.start()]))
        if found.group("email"):
            email = found.group("email")
            parts.append(f'<a href="mailto:{escape(email)}">{escape(email)}</a>')
        else:
            link, trailing = _web_link(found.group("web"))
            parts.append(link + escape(trailing))
        last = found.end()
    parts.append(escape(text[last:]))
    return Markup("".join(parts))
