"""Feeds: every Atom/RSS file parses with feedparser without errors.

feedparser is lenient and flags what it had to forgive as ``bozo``; a feed
reader that is less forgiving would choke there, so bozo is a finding.
Each entry must also have a title and a link, and a relative entry link
must lead to a built page when resolved the way feed readers do it
(against the feed's own URL, as the Atom spec says).
"""

from __future__ import annotations

from pathlib import Path

import feedparser

from tools.check.site import BuiltOutput, Finding

FEED_PATTERNS = ("*.atom.xml", "*.rss.xml", "feed.xml", "atom.xml", "rss.xml")


def feed_files(site: BuiltOutput) -> list[Path]:
    return sorted({path for pattern in FEED_PATTERNS for path in site.files(pattern)})


def check(site: BuiltOutput) -> list[Finding]:
    findings = []
    for feed_path in feed_files(site):
        label = site.label(feed_path)
        parsed = feedparser.parse(feed_path.read_bytes())
        if parsed.bozo:
            findings.append(Finding(label, f"feed does not parse cleanly: {parsed.bozo_exception}"))
            continue
        if not parsed.version:
            findings.append(Finding(label, "not recognised as an Atom or RSS feed"))
            continue
        for number, entry in enumerate(parsed.entries, start=1):
            findings += _entry_findings(site, feed_path, label, number, entry)
    return findings


def _entry_findings(site, feed_path, label, number, entry) -> list[Finding]:
    name = f"entry {number} ({entry.get('title') or entry.get('id') or 'untitled'})"
    if not entry.get("title"):
        return [Finding(label, f"{name} has no title")]
    link = entry.get("link")
    if not link:
        return [Finding(label, f"{name} has no link")]
    target = site.resolve(feed_path, link)
    if target is not None and not (site.is_inside(target) and target.is_file()):
        return [Finding(label, f"{name} links to {link}, which leads to no built page")]
    return []
