"""The one stylesheet: its dark palette is written twice and must not drift."""

import re

from tests.sitebuild import ROOT

STYLESHEET = ROOT / "theme" / "static" / "css" / "style.css"


def block_after(css: str, selector: str) -> str:
    start = css.index(selector)
    opening = css.index("{", start)
    return css[opening + 1: css.index("}", opening)]


def declarations(block: str) -> dict:
    return dict(re.findall(r"(--[\w-]+|color-scheme)\s*:\s*([^;]+);", block))


def test_the_toggle_and_the_system_setting_give_the_same_dark_palette():
    css = STYLESHEET.read_text(encoding="utf-8")
    chosen = declarations(block_after(css, ':root[data-theme="dark"]'))
    system = declarations(block_after(css, ':root:not([data-theme="light"])'))
    assert chosen == system
    assert chosen["color-scheme"] == "dark" and "--bg" in chosen and len(chosen) >= 5
