"""Reading stays inside ``content/``: ``{static}`` and ``{filename}`` links may not leave it.

Pelican copies any file a ``{static}`` link names, even ``{static}/../pelicanconf.py``.
``outside_links`` finds such links in a post's text (also used by ``tools/preflight``,
which stops ``make html`` with one line per link); the plugin hook logs the same
error during live rebuilds and removes the link's target from what Pelican copies.
"""

from __future__ import annotations

import logging
import os
import re

log = logging.getLogger(__name__)

# Pelican's INTRASITE_LINK_REGEX, inside an href/src or a Markdown link target.
LINK = re.compile(r"""[{|](?P<what>static|attach|filename)[|}](?P<value>[^\s"'<>)\]]*)""")


def resolve(content_root: str, source_dir: str, value: str) -> str:
    path = value.split("#", 1)[0].split("?", 1)[0].replace("%20", " ")
    base = content_root if path.startswith("/") else source_dir
    return os.path.realpath(os.path.join(base, path.lstrip("/")))


def outside_links(text: str, source_path: str, content_root: str) -> list[tuple[int, str]]:
    """(line, link) of every ``{static}``/``{attach}``/``{filename}`` link that leaves ``content_root``."""
    root = os.path.realpath(content_root)
    source_dir = os.path.dirname(os.path.realpath(source_path))
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in LINK.finditer(line):
            target = resolve(root, source_dir, match["value"])
            if os.path.commonpath([root, target]) != root:
                found.append((number, match.group(0)))
    return found


def message(source_path: str, line: int, link: str) -> str:
    return (f"{source_path}:{line}: link {link} points outside content/; "
            f"only files inside content/ can be linked or published")


def check_content(content) -> None:
    """``content_object_init``: log and drop links that leave ``content/``."""
    source = getattr(content, "source_path", None)
    text = getattr(content, "_content", None)
    if not source or not text or "{" not in text and "|" not in text:
        return
    root = content.settings.get("PATH", "")
    bad = outside_links(text, source, root)
    if not bad:
        return
    try:  # the body's line numbers start after the front matter: name the file's own line
        with open(source, encoding="utf-8", errors="replace") as handle:
            bad = outside_links(handle.read(), source, root) or bad
    except OSError:
        pass
    for line, link in bad:
        log.error("archive_import: %s", message(source, line, link))
    broken = {link for _, link in bad}
    content._content = LINK.sub(lambda m: "#outside-content" if m.group(0) in broken else m.group(0), text)
