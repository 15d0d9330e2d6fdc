"""Stage 5: a post's metadata from its template lines (and the page around it).

Each field has one small reader: title, date, authors, tags and category,
excerpt signs, source. Dates in numbers are read with the archive's own
day/month order (``text_dates.numeric_order``), so "04-03-2019" means what the
rest of the page says it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from . import patterns as P
from .dated_leads import lead_date
from .dates import FoundDate, parse_date
from .names import MIN_NAME_WORDS, names_in, plausible_name
from .text_dates import find_date_in
from .head_names import name_slot, without_job
from .header_blocks import HeaderBlock, email_author
from .lines import Line
from .posts import NAME_JOINS, PostParts

# Precision ranks: the most precise date of a post wins (a day line plus a
# "Posted by … at 10:32 AM" footer tells the minute).
RANK = {"minute": 0, "day": 1, "month": 2, "year": 3, "unknown": 4}
# A bare date line ranks just after a signed byline of the same precision, never before a more precise one.
UNSIGNED_RANK = 0.5
# Cue kinds naming a later edit, not the publication: used only when alone.
UPDATE_WORDS = ("updated", "edited", "modified")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.I)
TIME_ONLY = re.compile(r"^(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?$", re.I)
# "View this post on the web at https://…": where the original lives.
WEB_COPY = re.compile(r"\b(?:view|read)\b.{0,60}?(?P<url>https?://\S+)", re.I)
# A body cut off like a teaser: "[…]" or a colon that opens nothing ...
CUT_OFF = re.compile(r"(?:\[(?:…|\.\.\.)\]|:)\s*$")
# ... or a long paragraph trailing off in an ellipsis (a short "Step one taken…" is the author's).
TRAILING_OFF = re.compile(r"(?:…|\.\.\.)\s*$")
MIN_CUT_WORDS = 20


@dataclass(slots=True)
class ArchiveContext:
    """What fields need to know about the whole archive."""

    order: str | None  # numeric date order: dmy, mdy or None
    captured: date | None  # the day the page was copied (archives.toml)
    day_headers: list[tuple[int, FoundDate]] = field(default_factory=list)  # (index, date) of grouping headers
    category: str | None = None  # named by the archive's header ("Category Archives: X")
    owner: str | None = None  # named by the page's header ("Jane Doe's Blog, page 3")
    labels: frozenset[str] = frozenset()  # one-word lines the page prints alone: its menu's categories


@dataclass(slots=True)
class Fields:
    date: FoundDate | None = None
    date_source: str = "none"
    authors: list[str] = field(default_factory=list)
    author_source: str = ""
    tags: list[str] = field(default_factory=list)
    category: str | None = None
    excerpt: bool = False
    source_url: str | None = None
    source_name: str | None = None
    syndicated_title: str | None = None
    owner: str | None = None  # the blog's owner, named by the page ("Jane Doe's Blog")


def read_date(text: str, context: ArchiveContext) -> FoundDate | None:
    return parse_date(text, order=context.order, captured=context.captured)


def _with_time(day: FoundDate, text: str) -> FoundDate | None:
    match = TIME_ONLY.match(text.strip())
    if not match or day.value is None or day.precision != "day":
        return None
    hour = int(match["hour"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    hour += 12 if ampm == "pm" and hour < 12 else 0
    hour = 0 if ampm == "am" and hour == 12 else hour
    if hour > 23 or int(match["minute"]) > 59:
        return None
    value = datetime(day.value.year, day.value.month, day.value.day, hour, int(match["minute"]))
    return FoundDate(value, "minute", day.utc_offset)


def post_date(post: PostParts, context: ArchiveContext, email: HeaderBlock | None) -> tuple[FoundDate | None, str]:
    if email is not None and email.date is not None:
        signed = _signed_date(post, context) if post.first_line > email.start else None
        # A digest's article signed and dated by its own byline is of that day; the rest are of the e-mail's.
        return signed or (email.date, f"{email.kind} Date line {email.start + 1}")
    found: list[tuple[int, FoundDate, str]] = []
    times: list[tuple[str, str]] = []
    for line in post.fields:
        text = line.cue.date_text if line.cue is not None and line.cue.date_text else (
            line.reading if line.date is not None else None)
        if not text and line.cue is not None and line.cue.role in ("byline", "date"):
            clock = CLOCK.search(line.stripped)  # "Posted by X at 10:32 AM", "10:42 pm": the day is in a header above
            if clock:
                times.append((clock.group(0), f"{line.cue.kind.replace('_', ' ')} line {line.number}"))
            continue
        if not text:
            continue
        date_found = read_date(text, context)
        label = f"{line.cue.kind.replace('_', ' ') if line.cue else 'date'} line {line.number}"
        if date_found is None:
            times.append((text, label))
            continue
        updated = line.cue is not None and any(word in line.cue.kind for word in UPDATE_WORDS)
        # On a tie of precision a signed byline's date wins over a bare date line (a sidebar's "Yesterday, 6:20 PM").
        signed = line.cue is not None and line.cue.role == "byline" and line.cue.author is not None
        found.append((RANK[date_found.precision] + (10 if updated else 0) + (0 if signed else UNSIGNED_RANK),
                      date_found, label))
    for line, where in ((post.subtitle, "subtitle"), (post.title, "title")):
        # A title that is a date heading ("March 11, 2024" over a changelog entry) dates its entry.
        heading = line is not None and line.date is not None
        named = find_date_in(line.stripped) if (not found or heading) and line is not None else None
        if named is not None:  # "Volume 3: June 2020 Round-up", "Support Notes — April 2023"
            found.append((RANK[named.precision], named, f"{where} line {line.number}"))
    opening = next((line for line in post.body if line.is_text), None)
    led = lead_date(opening.stripped) if opening is not None and not found else None
    if led is not None:  # "June 4th, 2024 — Sorting by newest…": the text opens with its date
        found.append((RANK[led.precision], led, f"dated text line {opening.number}"))
    if found:
        best = min(found, key=lambda item: item[0])
        day, label = best[1], best[2]
    else:
        head = max(post.first_line, post.title.index if post.title is not None else 0)  # a banner in its head
        if post.title is not None and post.title.chrome == "mail subject" and post.body:
            head = post.body[0].index  # the client's subject over its sender line: the letter starts below
        carried = [d for i, d in context.day_headers if i < head]
        day, label = (carried[-1], "date header above") if carried else (None, "none")
    if day is not None and times:
        for text, time_label in times:
            precise = _with_time(day, text)
            if precise is not None:
                return precise, f"{label} + {time_label}"
    if day is not None and day.precision == "day":
        # A letter's byline names the day; its header, sent that day, the minute.
        sent = next((d for _, d in context.day_headers if d.precision == "minute" and d.value is not None
                     and d.value.date() == day.value.date()), None)
        if sent is not None:
            return sent, f"{label} + the letter's header"
    return day, label




def _without_label(author: str, labels: frozenset[str]) -> str:
    """"Staffing Ruth Okonjo": a category badge glued before the name, one the page's menu lists alone."""
    first, _, rest = author.partition(" ")
    return rest if first in labels and len(rest.split()) >= MIN_NAME_WORDS and rest[:1].isupper() \
        and plausible_name(rest) else author


def _byline_first(post: PostParts) -> list[Line]:
    """The post's fields, a byline under its title before those over it: over the title of a page's one
    post there may be a list of other posts with their bylines (a reader app's list pane)."""
    if post.title is None:
        return post.fields
    under = [line for line in post.fields if line.index > post.title.index]
    named = any(line.cue is not None and line.cue.author and line.cue.role == "byline" for line in under)
    return [*under, *(line for line in post.fields if line.index < post.title.index)] if named else post.fields


def _signed_date(post: PostParts, context: ArchiveContext) -> tuple[FoundDate, str] | None:
    """The date of the post's own byline that names its writer ("by Jane Doe - 2 April 2024"), if any."""
    for line in post.fields:
        if line.cue is not None and line.cue.role == "byline" and line.cue.author and line.cue.date_text:
            found = read_date(line.cue.date_text, context)
            if found is not None and found.value is not None:
                return found, f"{line.cue.kind.replace('_', ' ')} line {line.number}"
    return None


def _signed_with_job(post: PostParts) -> tuple[list[str], str]:
    """A name alone right over its job line in the post's text ("Rhiannon Castellanos" / "Head of Support"
    under a card's excerpt): the card's author, signed the way a byline is."""
    jobs = {line.number for line in post.fields if line.chrome == "job title"}  # (a field: the job is template)
    for line in post.body:
        if line.is_text and any(line.number < job <= line.number + 2 for job in jobs) \
                and names_in(line.stripped) == (line.stripped,):
            return [line.stripped], f"name over job line {line.number}"
    return [], ""


def post_fields(post: PostParts, context: ArchiveContext, email: HeaderBlock | None) -> Fields:
    found = Fields()
    found.date, found.date_source = post_date(post, context, email)
    for line in _byline_first(post):
        if email is not None and email.kind == "key-value" and email.start <= line.index < email.end:
            continue  # front matter names its own fields ("tags = [...]" is no "Tags:" cue)
        cue = line.cue
        web = WEB_COPY.search(line.stripped) if line.chrome is not None else None
        if web and not found.source_url:
            found.source_url = web["url"].rstrip(".,)")
        if cue is None:
            if line.chrome == "archive header":
                match = P.category_header(line.stripped)
                found.category = found.category or match
            continue
        if cue.author and not found.authors and cue.role in ("byline", "date", "taxonomy", "footer"):
            author = _without_label(without_job(cue.author), context.labels)
            found.authors = list(names_in(author)) if len(names_in(author)) > 1 else [author]  # "A, B" / "A and B"
            found.author_source = f"{cue.kind.replace('_', ' ')} line {line.number}"
        for tag in cue.tags:
            if tag not in found.tags:
                found.tags.append(tag)
        if cue.category and not found.category:
            found.category = cue.category.lstrip("#") or None  # a community's "asked in #Billing"
        if cue.role == "teaser":
            found.excerpt = True
        if cue.url and not found.source_url:
            found.source_url = cue.url
        if cue.role == "syndication":
            found.source_name = found.source_name or cue.source
            found.syndicated_title = cue.title
    if not found.authors:
        found.authors, found.author_source = name_slot(post)
    if not found.authors:
        found.authors, found.author_source = _signed_with_job(post)
    if not found.authors and email is not None and email.kind == "key-value" and email.author:
        # front matter's "authors = ['A', 'B']" names each author
        found.authors = list(names_in(email.author)) or [email.author]
        found.author_source = f"{email.kind} header line {email.start + 1}"
    if not found.authors and email is not None and email_author(email):
        found.authors, found.author_source = [email_author(email)], f"{email.kind} header line {email.start + 1}"
    if email is not None:
        found.tags = found.tags or list(email.tags)
        found.category = found.category or email.category
        found.source_url = found.source_url or email.url
    found.category = found.category or context.category
    found.owner = context.owner
    last = next((line for line in reversed(post.body) if line.is_text), None)
    if last is not None and (CUT_OFF.search(last.stripped) or TRAILING_OFF.search(last.stripped)
                             and len(last.stripped.split()) >= MIN_CUT_WORDS):
        found.excerpt = True
    return found
