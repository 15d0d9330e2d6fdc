"""Signs that a line belongs to a reader comment: a commenter's name over a date, an age, a Reply link.

``comments`` finds where threads open and end from these signs.
"""

from __future__ import annotations

import re

from . import patterns as P
from .dates import parse_date
from .lines import Line

# A comment's score under its author's name, where the system prints no date: "7 points", "1 point".
SCORE = re.compile(r"^-?\d+ (?:points?|votes?)$", re.I)
# Signs a comment's date line may open with ("• Mar 5", "· 2d").
DATE_LEADS = "•·|–—- "
# Lines around a comment's author and date that are neither: badges, like counts, browser and system.
COMMENT_EXTRAS = P.BYLINE_EXTRAS | {"counter", "user agent"}


def comment_sign(line: Line) -> bool:
    """A comment's header, its relative age ("1y", "2 years ago") or its Reply link."""
    if line.cue is not None and line.cue.role == "comment" or reply_link(line):
        return True
    return relative_age(line)


def relative_age(line: Line) -> bool:
    """"· 3 yr. ago", "2d": a comment's age (posts carry dates; comments, ages)."""
    if line.date is not None and line.date.precision == "unknown":
        return True
    if not line.is_text or not line.stripped.lower().rstrip(".").endswith(("ago", "d", "h", "w", "y", "mo")):
        return False
    found = parse_date(line.reading.lstrip(DATE_LEADS))
    return found is not None and found.precision == "unknown"


def name_then_date(lines: list[Line], j: int, strict: bool = True) -> bool:
    """A commenter's name line with the comment's date right under it (``strict``: and no title-like line
    under that, as a listing's next post has; under an explicit "Top comments (14)" a comment may open so)."""
    if not (lines[j].is_text or lines[j].recurring) or not lines[j].is_name:  # a regular commenter recurs
        return False
    k = past_badges(lines, j)
    if k >= len(lines) or not date_line(lines[k]):
        return False
    after = past_badges(lines, k)  # the comment itself, not a post's title or reading time
    return after < len(lines) and lines[after].is_text and not (strict and lines[after].title_like)


def past_badges(lines: list[Line], j: int) -> int:
    """The next line after ``j`` past blank lines, a commenter's badges ("Author", "• 2nd"), like counts and
    browser lines ("Chrome 122.0.0.0") and the name printed again (an avatar's alt text over it)."""
    k = j + 1
    while k < len(lines) and (lines[k].blank or lines[k].chrome in COMMENT_EXTRAS
                              or lines[k].stripped == lines[j].stripped):
        k += 1
    return k


def date_line(line: Line) -> bool:
    """A date, including the year-less and relative ones lines keep as text ("• Mar 5", "2 days ago"), or
    the comment's score where a comment system prints that instead ("7 points": Commento)."""
    return line.dates_post or line.is_text and parse_date(line.reading.lstrip(DATE_LEADS)) is not None \
        or SCORE.match(line.stripped) is not None or _job_then_date(line)


def _job_then_date(line: Line) -> bool:
    """A commenter's job before the comment's age: "Team lead, housing association · 2 days ago" (Ghost)."""
    job, dot, age = line.stripped.rpartition("·")  # spaced or not: "Billing team lead·2 days ago"
    job = job.strip()
    return bool(dot) and line.is_text and "·" not in job and P.JOB_LINE.match(job) is not None \
        and parse_date(age.strip()) is not None


def signed_byline(line: Line) -> bool:
    """A name with its date on one line ("Ruth Adeyemi2024-02-22"): under a thread's header, a comment's."""
    return line.cue is not None and line.cue.role == "byline" and bool(line.cue.author and line.cue.date_text)


def reply_link(line: Line) -> bool:
    """A comment's Reply link ("Reply", "Reply ↓"); "Reply by email" under each post of a minimal blog
    writes to its author and is no thread's."""
    return line.cue is not None and (line.cue.kind == "comment_actions" or line.cue.kind == "furniture"
                                     and line.stripped.lower().startswith("reply")
                                     and "mail" not in line.stripped.lower())
