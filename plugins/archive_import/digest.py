"""A newsletter digest: an e-mail whose "In this issue" list (or ruled-off headings) names its articles, each a post.

Mailchimp and Constant Contact digests open with a list of the issue's
articles, then print each under its own heading, often with a byline and
a "Read more" link. Each heading the list names starts a post, dated by
the e-mail; the greeting before the first and the sign-off after the last
"Read more" belong to no article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cues import Cue
from .header_blocks import HeaderBlock
from .lines import Line
from .names import MIN_NAME_WORDS, plausible_name
from .structure import Record, Template

ISSUE_INDEX = re.compile(r"^(?:in (?:this|today['’]s|this week['’]s) (?:issue|edition|email|newsletter)"
                         r"|inside this (?:issue|edition)"
                         r"|this (?:week|month)['’]s (?:issue|contents|stories)|what['’]s inside)\s*:?$", re.I)
# The index lists headings: short lines; two found again further down make the e-mail a digest.
MAX_ENTRY_WORDS = 16
MIN_ARTICLES = 2
# The readings a letter's web view gets without headers: one post, or headings over text.
WEB_VIEW_KINDS = frozenset({"single", "stream"})
# A web view's article ends with its button: a few words, no sentence.
MAX_BUTTON_WORDS = 5
SENTENCE_ENDS = ".!?:;,"
# A story card's byline: the writer, then the publication ("Jane Doe in The Queue Desk").
NAME_IN_PUBLICATION = re.compile(r"^(?P<name>[^,]{3,60}?) in (?P<publication>[A-Z][^,]{1,60})$")
# An index entry's list marker: "1. ", "2) ", "• ".
LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-*•·])\s+")
# A plain-text letter's rule: a row of dashes, equals signs or underscores.
RULE = re.compile(r"^[-=_~*]{5,}$")
# A letter that says how many articles it holds, in its subject or its first lines: "five quick notes".
ANNOUNCED = re.compile(r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}?"
                       r"(?:notes|pieces|stories|articles|updates|items|tips|reads|essays|shorts)\b", re.I)
COUNT_WORDS = {word: number for number, word in enumerate("two three four five six seven eight nine ten".split(), 2)}
# Where the announcement may sit: the subject, the banner, the greeting and the intro (non-blank lines).
ANNOUNCE_REACH = 12


def split_digests(lines: list[Line], template: Template,
                  emails: dict[int, HeaderBlock]) -> tuple[Template, dict[int, HeaderBlock]]:
    """Each e-mail that is a digest becomes one record per article, each dated by the e-mail: articles its
    "In this issue" list names, ruled-off ones, signed ones, or headed ones each closed by a button. So does a letter's
    web view (no headers, but its "View in browser" and "Unsubscribe" lines) whose articles each end with
    a button."""
    web_view = _web_view_articles(lines, template) if not emails else []
    if web_view:
        return replace(template, records=[Record(_signed_from(lines, heading), end, heading)
                                          for heading, end in web_view]), emails
    records: list[Record] = []
    emails = dict(emails)
    for record in template.records:
        block = emails.get(record.start)
        articles = [] if block is None else _teaser_spans(lines, record, _headings(lines, record)
                                                          or _ruled_headings(lines, record)) \
            or _button_sections(lines, record) or _teaser_spans(lines, record, _signed_headings(lines, record))
        if len(articles) < MIN_ARTICLES:
            records.append(record)
            continue
        for heading, end in articles:
            records.append(Record(heading, end, heading))
            emails[heading] = block
    if len(records) == len(template.records):
        return template, emails
    return replace(template, records=records), emails


def _headings(lines: list[Line], record: Record) -> list[int]:
    """The lines further down that the e-mail's "In this issue" list names, in order."""
    index = next((i for i in range(record.start, record.end) if ISSUE_INDEX.match(lines[i].stripped)), None)
    if index is None:
        return []
    entries = []
    for line in lines[index + 1:record.end]:
        if line.blank or line.prose or len(line.stripped.split()) > MAX_ENTRY_WORDS:
            break
        entry = LIST_MARKER.sub("", line.stripped)  # "1. The honest estimate" names "The honest estimate"
        if entry in entries:
            break  # the first article's heading, right under the list with no blank line between
        entries.append(entry)
    after = index + 1 + len(entries)
    found: list[int] = []
    for entry in entries:  # the list ends where a line names nothing further down ("Hi Priya,")
        match = next((i for i in range(after, record.end) if lines[i].stripped == entry), None)
        if match is None or found and match <= found[-1]:
            break
        found.append(match)
    return found


def _ruled_headings(lines: list[Line], record: Record) -> list[int]:
    """A plain-text letter's section headings: short lines ruled off above and below ("-----" / "TITLE" /
    "-----"); two or more make the e-mail a digest."""
    shown = [line for line in lines[record.start:record.end] if not line.blank]
    found = [line.index for above, line, below in zip(shown, shown[1:], shown[2:])
             if RULE.match(above.stripped) and RULE.match(below.stripped) and not line.prose
             and len(line.stripped.split()) <= MAX_ENTRY_WORDS]
    return found if len(found) >= MIN_ARTICLES else []


def _signed_headings(lines: list[Line], record: Record) -> list[int]:
    """Headings each signed right under it ("The refund queue has a shape" / "By Lucia Fenn"): two or more
    make the e-mail a digest of signed articles (Kit, Mailchimp); one is a letter's own byline."""
    shown = [line for line in lines[record.start:record.end] if not line.blank]
    found = [line.index for line, below in zip(shown, shown[1:])
             if line.is_text and not line.prose and len(line.stripped.split()) <= MAX_ENTRY_WORDS
             and line.stripped[-1:] not in SENTENCE_ENDS and below.cue is not None and below.cue.role == "byline"
             and below.cue.author and not below.cue.date_text]
    return found if len(found) >= MIN_ARTICLES else []


def _web_view_articles(lines: list[Line], template: Template) -> list[tuple[int, int]]:
    """A letter's web view read as one post or as an undated stream: its button-closed articles, if any."""
    if template.kind not in WEB_VIEW_KINDS or not template.records \
            or not any(line.chrome == "newsletter footer" for line in lines):
        return []
    whole = Record(template.records[0].start, template.records[-1].end, None)
    return _button_sections(lines, whole) or _announced_sections(lines, whole)


def _announced_sections(lines: list[Line], record: Record) -> list[tuple[int, int]]:
    """(heading, end) of each article of a letter that announces as many as it heads ("this issue is five
    short notes" over five headings, each over its paragraphs); a letter's own sections announce nothing."""
    shown = [line for line in lines[record.start:record.end] if not line.blank]
    heads = [line.index for line, below in zip(shown, shown[1:])
             if line.is_text and line.title_like and not line.prose and line.chrome is None and not line.is_name
             and 1 < len(line.stripped.split()) <= MAX_ENTRY_WORDS  # (one word is a sign-off: "Odette")
             and line.stripped[-1:] not in SENTENCE_ENDS.replace("?", "")
             and below.is_text and below.prose]
    subject = [line.stripped for line in lines[:record.start] if line.chrome == "mail subject"]  # the client's
    opening = subject + [line.stripped for line in shown[:ANNOUNCE_REACH] if heads and line.index < heads[0]]
    counts = {COUNT_WORDS[match["count"].lower()] for text in opening for match in ANNOUNCED.finditer(text)}
    titles = [lines[i].stripped.lower() for i in heads]
    if len(heads) < MIN_ARTICLES or len(heads) not in counts and not any(_lists(text, titles) for text in opening):
        return []
    return _teaser_spans(lines, record, heads)


# A subject that lists its articles: "March: warm transfers, quiet hours and the one-line summary".
LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _lists(text: str, titles: list[str]) -> bool:
    """Does ``text`` (after its colon) list the headings ``titles`` in order, an item of each?"""
    items = [item.strip().lower() for item in LIST_SEPARATOR.split(text.rpartition(":")[2]) if item.strip()]
    return len(items) == len(titles) and all(item in title for item, title in zip(items, titles))


def _signed_from(lines: list[Line], heading: int) -> int:
    """An article starts at its writer's name right over its heading (a story card's byline), which may name
    the publication too: "Jane Doe in The Queue Desk" (Medium's cards)."""
    above = heading - 1
    if above < 0 or not lines[above].is_text:
        return heading
    line = lines[above]
    published = NAME_IN_PUBLICATION.match(line.stripped)
    if published and plausible_name(published["name"]) and len(published["name"].split()) >= MIN_NAME_WORDS:
        line.cue = Cue("name_in_publication", "byline", author=published["name"], category=published["publication"])
        line.fixed, line.title_like = True, False
        return above
    return above if line.is_name else heading


def _spans(headings: list[int], record: Record) -> list[tuple[int, int]]:
    return list(zip(headings, headings[1:] + [record.end]))


def _teaser_spans(lines: list[Line], record: Record, headings: list[int]) -> list[tuple[int, int]]:
    """(heading, end) of each article, each ending at its "Read more" or its rule (``_teaser_end``)."""
    return [(heading, _teaser_end(lines, heading, end)) for heading, end in _spans(headings, record)]


def _is_button(line: Line) -> bool:
    """A call to action: a few words on a line of its own, no sentence ("Track an order", "Read the guide")."""
    if line.cue is not None and (line.cue.role == "teaser" or line.cue.kind == "read_time"):
        return True  # "Read more" under each article, or a story card's "7 min read"
    text = line.stripped
    return line.is_text and not line.prose and line.chrome is None and line.cue is None \
        and len(text.split()) <= MAX_BUTTON_WORDS and text[-1:] not in SENTENCE_ENDS


def _button_sections(lines: list[Line], record: Record) -> list[tuple[int, int]]:
    """(heading, button) of each article when every heading over paragraphs has its paragraphs closed by a
    button (a heading, text, then "Track an order"); an article's inner headings close nothing."""
    # An article's byline under its heading ("By Jane Doe, Trainer") is its head, not its structure.
    shown = [line for line in lines[record.start:record.end]
             if not line.blank and not (line.cue is not None and line.cue.role == "byline")]
    last_label = max((line.index for line in shown if not line.prose), default=None)
    sections, open_heading = [], None
    for above, line, below in zip([None, *shown], shown, [*shown[1:], None]):
        if line.prose:
            continue
        closes = line.index == last_label  # the last button, over the letter's sign-off
        if below is not None and below.prose and below.is_text and line.is_text and line.chrome is None and not closes \
                and len(line.stripped.split()) <= MAX_ENTRY_WORDS and not line.stripped.endswith(","):  # "Hi Ann,"
            if open_heading is not None:
                return []  # a heading inside an article: the letter is one article with sections
            open_heading = line.index
        elif open_heading is not None and above is not None and above.prose and _is_button(line):
            sections.append((open_heading, line.index))
            open_heading = None
    return sections if len(sections) >= MIN_ARTICLES else []


def _teaser_end(lines: list[Line], start: int, end: int) -> int:
    """An article ends with its "Read more", or at the rule under its text; the sign-off after the last one
    is the e-mail's."""
    teasers = [i for i in range(start, end) if lines[i].cue is not None and lines[i].cue.role == "teaser"]
    if teasers:
        return teasers[-1] + 1
    rules = [i for i in range(start + 2, end) if RULE.match(lines[i].stripped)]
    return rules[-1] if rules and any(lines[i].prose for i in range(start, rules[-1])) else end
