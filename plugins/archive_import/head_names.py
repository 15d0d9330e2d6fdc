"""Stage 5: a post's authors from the lines of its head that are only a name ("Sofia Marchetti",
"RUTH ABERNETHY AND LEON MBEKI"), stacked names under it, or a badged username."""

from __future__ import annotations

from . import patterns as P
from .lines import Line
from .names import names_in, usual_case
from .posts import NAME_JOINS, PostParts

# A masthead's tagline runs on in lower case: "a fortnightly letter about writing for customers".
MIN_TAGLINE_WORDS = 3
# Stacked authors sit on lines next to each other (a blank line or a job line between at most).
MAX_STACK_GAP = 3


def name_slot(post: PostParts) -> tuple[list[str], str]:
    """Authors from a template line that is only a name ("Sofia Marchetti", "RUTH ABERNETHY AND LEON MBEKI").

    The nearest such line to the post's title or date wins: a post page's head
    may hold other two-word labels further up ("Raised Hands" in a reaction bar).
    """
    dates = [line.number for line in post.fields if line.dates_post]
    anchors = dates + ([post.title.number] if post.title is not None else [])
    named = []
    for before, line in zip([None, *post.fields], post.fields):
        if line.cue is not None or line.date is not None or line.chrome is not None:
            continue
        if before is not None and before.chrome == "byline joiner":
            continue  # "Jane Doe" / "in" / "The Support Floor": the publication, not a second author
        if _over_tagline(post.fields, line):
            continue  # "SMALL PRINT" / "a fortnightly letter about …": a masthead, not a byline
        names = line.names or names_in(without_job(line.stripped))  # "Jane Doe, Head of Support" too
        if names:  # a tie goes to the name nearer the date (a category sits under the title), then to the
            over_title = post.title is not None and line.number < post.title.number  # one under the title
            by_date = abs(line.number - dates[0]) if dates else 0  # the post's own date: its head's first
            named.append((min((abs(line.number - a) for a in anchors), default=0), by_date, over_title, line.number,
                          names))
    if not named:
        return _badged_username(post)
    *_, number, names = min(named)
    return [*_joined_above(post, number), *names, *_stacked_names(post, number, names)], f"name line {number}"


def _over_tagline(fields: list[Line], line: Line) -> bool:
    """Is the next line of the head a masthead's tagline, in lower case and a few words long?"""
    below = next((other for other in fields if other.number > line.number and not other.blank), None)
    return below is not None and below.is_text and not below.prose and below.stripped[:1].islower() \
        and len(below.stripped.split()) >= MIN_TAGLINE_WORDS


def _joined_above(post: PostParts, number: int) -> list[str]:
    """A co-author stacked over the found name with an "and" between ("Ines Okafor" / "and" / "Theo Brandvold")."""
    above = [line for line in post.fields if line.number < number and not line.blank][-2:]
    if len(above) == 2 and above[1].stripped.lower() in NAME_JOINS and above[0].names:
        return list(above[0].names)
    return []


def _stacked_names(post: PostParts, number: int, found: tuple[str, ...]) -> list[str]:
    """Further authors stacked under the first, each with its job line (Docusaurus: name, job, name, job)
    or an "and" between them."""
    more: list[str] = []
    last = number
    for line in post.fields:
        if line.number <= number:
            continue
        if line.number - last > MAX_STACK_GAP:
            break  # stacked names follow each other; a name further down is the page's (its footer's)
        last = line.number
        if line.chrome == "job title" or line.blank or line.stripped.lower() in NAME_JOINS:
            continue  # Substack: "Ines Okafor" / "and" / "Theo Brandvold"
        if line.cue is not None or line.date is not None or line.chrome is not None or not line.names:
            break
        more.extend(name for name in line.names if name not in found and name not in more)
    return more


def without_job(author: str) -> str:
    """"Gwen Atherley, Billing Support Lead": the name, not the job after it; a name a theme prints in
    capitals ("POSTED ON … BY MAEVE DONNELLY") in its usual case."""
    name, _, job = author.rpartition(", ")
    name = name if name and P.JOB_LINE.match(job) else author
    return usual_case(name)


def _badged_username(post: PostParts) -> tuple[list[str], str]:
    """No name in the head, but a username over a member's badge ("jdoe" / "Staff") or its Follow button
    (Tumblr: "fernquay-help" / "Follow"), or right under the post's date (Reddit: "2y ago" / "x"): the author."""
    for above, line, below in zip([None, *post.fields], post.fields, [*post.fields[1:], None]):
        badged = below is not None and below.chrome in ("member badge", "follow links") \
            or above is not None and above.dates_post and not _bare_word(below)  # not a run of tags under it
        if badged and _bare_word(line):
            return [line.stripped], f"username line {line.number}"
    return [], ""


def _bare_word(line: Line | None) -> bool:
    """A lower-case word alone on its line: a username or a tag ("playbooks" / "escalation" under a date)."""
    return line is not None and line.chrome is None and line.cue is None \
        and P.USERNAME.match(line.stripped.replace("-", "_")) is not None
