"""Bylines written as segments: "Lucas Brandt · June 12, 2019 · Stories", "April 30, 2019 · by Mei Tanaka · 2 min read".

Themes join a post's facts with a separator (· • | / —) in any order. Rather
than one pattern per theme, the line is cut at its separators and every
segment must be one of the known kinds: a date, "by NAME" or a bare name,
"N min read", a count ("3 comments"), "in CATEGORY" or a short category
label. A line with any other segment is not a byline (titles such as
"Support Stories · Part 2" have no date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import Cue
from .dates import MONTHS, WEEKDAYS, _alternation, parse_date
from .names import plausible_name, usual_case
from .patterns import JOB_LINE
from .text_dates import DATES_IN_TEXT

# Two spaces or a no-break space part fields too (icons between them are lost in the copy); Hugo
# Terminal prints "2024-03-04 :: Author", and "2024-03-04 ::" with none; Penscratch joins its facts with " ~ ".
# Enfold glues its boxes with a bare slash ("March 5, 2024/4 Comments/in Support/by Jane Doe"): a slash
# after a year or before a box's label, never a numeric date's.
SEPARATORS = re.compile(r"\s+[·•|/—–~-]\s+|\s*[·•|\u00a0\t]\s*|\s+::(?:\s+|$)|\s{2,}"
                        r"|(?<=\d{4})/(?=\S)|/(?=(?i:by|in|on) [A-Z]|\d+ (?i:comments?|replies)\b|(?i:no comments|leave a))")
# Separators that bylines use and titles do not (titles join a date with a dash).
# A user and a community as link aggregators print them: "u/jane_doe", "r/CustomerService", "c/support".
PREFIXED_USER = re.compile(r"^(?:u|user)/(?P<user>[\w-]{3,30})$")
COMMUNITY = re.compile(r"^[rc]/[\w-]{2,30}$")
# strftime's "%e" pads a one-digit day with a space ("April  3, 2024": Plume, C and Rust blog engines).
PADDED_DAY = re.compile(rf"\b({_alternation(name.capitalize() for name in MONTHS)})\s{{2}}(\d)\b")
# Penscratch: "March 18, 2024 ~ Jane Doe"; a text export's tab-separated columns: "03/28/2024<TAB>14:10<TAB>D. Okafor".
BYLINE_SEPARATOR = re.compile(r"[·•|/\u00a0\t]|\s::(?:\s|$)|\s~\s|\s{2,}")
# The time of day as a segment of its own, after the date: "March 28, 2024 · 14:10".
CLOCK_SEGMENT = re.compile(r"^(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$", re.I)
# Hugo Terminal adds the word count in brackets: "4 min read (790 words)".
READ_TIME = re.compile(r"^(?:reading time\s*[≈~:]?\s*)?~?\d+\s*min(?:ute)?s?(?:\s+read)?\.?"
                       r"(?:\s*\((?:about\s+)?\d[\d.,]*\s*[kK]?\s+words\))?$", re.I)
# A read time with the date right after it and no separator (Jekyll So Simple): "3 min read March 4, 2024".
READ_LEAD = re.compile(r"^(?P<read>~?\d+\s*min(?:ute)?s?\s+read)\s+(?=[A-Z0-9])", re.I)
# Themes that print their facts as labelled phrases with no separator (Hexo NexT): "Posted on D
# Edited on D In Category Symbols count in article: 1.3k Reading time ≈ 1 mins."
# Hexo Butterfly glues its labels to the dates: "Created2024-03-11|Updated2024-03-14".
DATED = re.compile(r"^(?P<label>posted|published|created|edited|updated)(?!\s+by\b)(?:\s+on)?:?(?:\s+|(?=\d))(?P<date>.+)$", re.I)
# A post's pin among its facts: "Sticky|Created2023-06-02|…".
PINNED = re.compile(r"^(?:sticky|pinned|featured)$", re.I)
LABELLED = re.compile(r"\s+(?=(?i:edited on|updated on|symbols count in article:|word count:|reading time|views:)\s"
                      r"|(?i:in)\s+[A-Z])"
                      r"|(?<=\d{4}\.)\s+(?=\d+\s*min(?:ute)?s?\s+read)")  # Gridsome: "Posted 18. September 2024. 4 min read."
WORD_COUNT = re.compile(r"^(?:(?:symbols count in article|word count|views):\s*\d[\d.,]*\s*[kK]?"
                        r"|(?:about\s+)?\d[\d.,]*\s*[kK]?\s+words)$", re.I)  # "About 400 words"
COUNT = re.compile(r"^(?P<count>\d[\d,.]*[kK]?|no)\s+(?:comments?|responses?|replies|likes?|(?:page\s+)?views?|claps?)$",
                   re.I)
# ... or the count in brackets after the noun (MyBB, Movable Type): "Replies (6)", "Comments (0)".
COUNT_AFTER = re.compile(r"^(?:comments?|replies|responses?|views?)\s*\((?P<count>\d[\d,]*)\)$", re.I)
# A comment link that shows no count yet: "Leave a Comment", "Comments Off".
COMMENT_LINK = re.compile(r"^(?:leave a (?:comment|reply)|comments? (?:are )?(?:off|closed))$", re.I)
# The post's tags as one segment (Zola's tabi): "Tags: triage, labels".
TAGGED = re.compile(r"^(?:tags|tagged)\s*:?\s*(?P<tags>\S.*)$", re.I)
# A theme's hidden label may stand before its visible one: "Posted by By Jane Doe" (Sinatra).
BY = re.compile(r"^(?:(?:by|written by|posted by|last post by):?\s+)+(?P<name>.+)$", re.I)  # MyBB: "Posted by: X"
# "included in" is Hugo LoveIt's and FixIt's: "Jane Doe  included in Phone Support"; Avada labels them:
# "Categories: Claims, Repairs" (the first is the category, the rest tags).
IN = re.compile(r"^(?P<label>in|posted in|filed under|included in|categories:|category:)\s+(?P<category>.+)$", re.I)
# A category label is a word or two in capitals ("Stories", "Customer Care"), or a list of
# them ("Policy, Refunds").
LABEL = re.compile(r"^[A-Z][\w&'’-]*(?:,?\s+[A-Z&][\w&'’-]*){0,2}$")
# Tags a theme prints in lower case after the date and the read time: "metrics sla" (Hugo Clarity).
TAG_WORDS = re.compile(r"^[a-z0-9][\w-]*(?:,?\s+[a-z0-9][\w-]*){0,4}$")
# A byline is short; a long line with separators is a sentence or a menu.
MAX_SEGMENTS = 7
MAX_LINE_CHARS = 120


@dataclass(slots=True)
class _Facts:
    author: str | None = None
    date_text: str | None = None
    category: str | None = None
    count: int | None = None
    counted: bool = False  # a read time or a count: furniture no title carries
    marked: bool = False  # the name came with "by": "by Mei Tanaka"
    filed: bool = False  # "in #support": a community's tag link (Hive, Steemit) no title holds
    labelled: bool = False  # "filed under X", "included in X": a label no title carries
    aged: bool = False  # the date is an age ("3d", "5 days ago")
    known: int = 0  # segments that were a date or a name: what makes a byline
    tags: tuple[str, ...] = ()


def _join_counts(parts: list[str]) -> list[str]:
    """A count split from its noun by the gap an icon left ("214  views", "2  comments") is one segment."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].replace(",", "").isdigit() and COUNT.match(f"{joined[-1]} {part}"):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


def _read(segment: str, facts: _Facts) -> bool:
    """Fold one segment into ``facts``; False when it is of no known kind."""
    found = parse_date(segment[3:] if segment[:3].lower() == "on " else segment)  # GitHub: "on Mar 27 · 2 comments"
    if found is not None and (facts.date_text is None or found.precision in ("day", "minute")):
        if facts.date_text is None:  # "2024-03-11  2024-04-02": published, then updated
            facts.date_text, facts.known = segment, facts.known + 1
            facts.aged = found.value is None  # "3d • Wins": an age, which no title carries
        return True
    if CLOCK_SEGMENT.match(segment) and facts.date_text is not None and ":" not in facts.date_text:
        facts.date_text = f"{facts.date_text} {segment}"
        return True
    dated = DATED.match(segment)
    if dated and parse_date(dated["date"]) is not None:
        if facts.date_text is None and dated["label"].lower() in ("posted", "published", "created"):
            facts.date_text, facts.known = dated["date"], facts.known + 1
        return True  # "Edited on D": the post's date is the first one
    if PINNED.match(segment):
        return True
    if WORD_COUNT.match(segment):
        facts.counted = True
        return True
    if READ_TIME.match(segment):
        facts.counted = True
        return True
    tagged = TAGGED.match(segment)
    if tagged:  # (after a "Categories:" segment's further terms, if any)
        facts.tags = (*facts.tags, *(tag.strip() for tag in tagged["tags"].split(",") if tag.strip()))
        return True
    if COMMENT_LINK.match(segment):
        facts.counted = True
        return True
    count = COUNT.match(segment) or COUNT_AFTER.match(segment)
    if count:
        facts.counted = True
        digits = count["count"].replace(",", "")
        facts.count = 0 if digits.lower() == "no" else int(digits) if digits.isdigit() else None
        return True
    if _aggregator_fact(segment, facts):
        return True
    within = IN.match(segment)
    if within and facts.category is None:  # "In Process" names a category, not a person
        facts.category, *more = [term.strip() for term in within["category"].split(",")] \
            if within["label"].endswith(":") else [within["category"].strip()]
        facts.tags = (*facts.tags, *more)
        facts.filed = facts.category.startswith("#")
        facts.labelled = within["label"].lower() != "in"
        return True
    by = BY.match(segment)
    name = by["name"] if by else segment
    shown = usual_case(name)
    if by and facts.author is not None and not facts.marked and plausible_name(shown):
        # "Customer Care / By Nadia Petrescu": the marked name is the author, the bare one a category
        facts.category = facts.category or facts.author
        facts.author, facts.marked = shown, True
        return True
    if facts.author is None and plausible_name(shown) and (by or len(shown.split()) >= 2):
        facts.author, facts.known, facts.marked = shown, facts.known + 1, bool(by)
        return True
    if facts.marked and facts.author is not None and JOB_LINE.match(segment):
        return True  # "By Delia Marchetti · Head of Customer Care": the writer's job
    if facts.category is None and LABEL.match(segment):
        facts.category = segment.split(",")[0].strip()  # a post files under its first category
        return True
    if not facts.tags and facts.date_text is not None and facts.counted and TAG_WORDS.match(segment):
        facts.tags = tuple(segment.replace(",", " ").split())  # "Feb 26, 2024 · 4 min read · metrics sla"
        return True
    return False


# A byline whose separators were icons, lost in the copy (Elementor's post info): "Ruth Okereke March 21,
# 2024 9:40 am No Comments". The name before the date, a clock and a comment count after it.
# With no name before the date, a read time after it says the line is meta, not a title ("Feb 14, 2024
# 6 min read Tone of Voice": Ghost's Dawn).
def _aggregator_fact(segment: str, facts: _Facts) -> bool:
    """Reddit and its front-ends name the poster "u/quiet_escalation" and the community "r/Helpdesk"."""
    prefixed = PREFIXED_USER.match(segment)
    if prefixed and facts.author is None:
        facts.author, facts.known, facts.marked = prefixed["user"], facts.known + 1, True
        return True
    if COMMUNITY.match(segment) and facts.category is None:
        facts.category = segment
        return True
    return False


# Two categories or more after a date, comma-separated, each a capitalised word or two.
LABEL_LIST = re.compile(r"^(?P<first>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?)(?:, [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?)+$")
_ICONLESS_TAIL = re.compile(r"^,?\s*(?P<clock>(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?\s*"
                            r"(?P<read>~?\d+\s*min(?:ute)?s?\s+read)?\s*(?:(?P<count>\d+|no)\s+comments?)?\s*"
                            r"(?P<label>(?-i:[A-Z])[\w&'’-]*(?:\s+[\w&'’-]+){0,3})?$", re.I)


TRAILING_WEEKDAY = re.compile(rf"\s*\b(?:{'|'.join(WEEKDAYS)}),?$", re.I)


# A comment link makes a line of facts meta whatever their order, when the icons between them were
# lost in the copy: "Jane Doe March 5, 2024 Payroll, Tax 4 Comments" (Spacious), "April 3, 2024 Jane Doe
# 1 Comment refunds" (ColorMag), "Jane Doe Team Habits 4 Comments January 8, 2024" (Independent Publisher).
COUNTED_LINK = re.compile(r"\b(?:(?P<count>\d+|no|one)\s+comments?|leave a (?:comment|reply))\b", re.I)
MAX_FACT_WORDS = 6


def _counted(text: str, found: re.Match) -> Cue | None:
    """The author (a name opening the first fact), the category and the count of such a line, or None."""
    link = COUNTED_LINK.search(text)
    if link is None or link.start() < found.end() and found.start() < link.end():
        return None
    cuts = sorted([(found.start(), found.end()), (link.start(), link.end())])
    facts = [part.strip(" ,·|–—-") for part in (text[:cuts[0][0]], text[cuts[0][1]:cuts[1][0]], text[cuts[1][1]:])]
    facts = [fact for fact in facts if fact]
    if not facts or any(len(fact.split()) > MAX_FACT_WORDS for fact in facts):
        return None
    words = BY.sub(r"\g<name>", facts[0]).split()
    # Most names are two words; a third only past an initial or a particle ("Mary J. Smith", "Jan van Dijk"):
    # else it is the category the copy glued on ("Jane Doe Meters").
    size = 3 if len(words) >= 3 and (words[1].endswith(".") or words[1].islower()) else 2
    name = " ".join(words[:size])
    if not plausible_name(name):
        return None
    rest = " ".join(words[size:]) or (facts[1] if len(facts) > 1 else "")
    count = link["count"]
    category = re.split(r",| / ", rest)[0].strip()  # (the first of "Repairs, Billing" or "Repairs / Billing")
    within = IN.match(category)  # "Posted in Refunds"
    return Cue("iconless_byline", "byline", author=name, date_text=found.group(0),
               category=(within["category"] if within else category) or None,
               count=int(count) if count and count.isdigit() else 1 if count and count.lower() == "one" else 0)


def _iconless(text: str) -> Cue | None:
    found = next((match for pattern in DATES_IN_TEXT for match in [pattern.search(text)] if match), None)
    if found is None:
        return None
    listed = LABEL_LIST.match(text[found.end():].strip()) if found.start() == 0 else None
    if listed:  # "Feb 26, 2024 Waste, Phones": a date and its categories (a title never lists them)
        return Cue("iconless_byline", "byline", date_text=found.group(0), category=listed["first"],
                   tags=tuple(part.strip() for part in listed[0].split(",")[1:]))
    # "Jane Doe Thursday, February 15th 2024": the weekday is the date's, not the name's.
    name = TRAILING_WEEKDAY.sub("", BY.sub(r"\g<name>", text[:found.start()].strip()))
    after = text[found.end():].strip()
    tail = _ICONLESS_TAIL.match(after)
    if tail is None or not name and not tail["read"] \
            or name and (not plausible_name(name) or len(name.split()) < 2 or name[-1:] in ",.:;" or tail["label"]):
        return _counted(text, found)
    date_text = f"{found.group(0)} {tail['clock']}" if tail["clock"] else found.group(0)
    count = tail["count"]
    return Cue("iconless_byline", "byline", author=name or None, date_text=date_text, category=tail["label"],
               count=(0 if count.lower() == "no" else int(count)) if count else None)


def read_segments(text: str) -> Cue | None:
    """A byline cut into separated facts, or None."""
    if len(text) > MAX_LINE_CHARS:
        return None
    text = PADDED_DAY.sub(r"\1 \2", text)  # "April  3, 2024" is one date, not two segments
    if not BYLINE_SEPARATOR.search(text):
        iconless = _iconless(text)
        if iconless is not None:
            return iconless
    # A slash may join two categories in an icon-less byline, no segments: "Jane Doe March 21, 2024 Repairs / Billing
    # 3 Comments" (OceanWP).
    return _segmented(text) or (_iconless(text) if " / " in text else None)


def _segmented(text: str) -> Cue | None:
    text = READ_LEAD.sub(r"\g<read> · ", text)
    splitter = LABELLED if DATED.match(text) and not BYLINE_SEPARATOR.search(text) else SEPARATORS
    parts = _join_counts([part.strip() for part in splitter.split(text) if part.strip()])
    if len(parts) == 1 and text.endswith(" ::") and parse_date(parts[0]) is not None:
        return Cue("segmented_byline", "byline", date_text=parts[0])  # the author's field left empty
    if not 2 <= len(parts) <= MAX_SEGMENTS:
        return None
    facts = _Facts()
    if not all(_read(part, facts) for part in parts) or facts.date_text is None and facts.author is None:
        return None
    if facts.author is None and not facts.counted and not facts.filed and not facts.aged:
        return None  # "Friday Links – March 15, 2019" is a title with a date, not a byline
    if facts.date_text is None and not facts.counted and not facts.marked and not facts.labelled:
        return None  # "Café Service – A Windows Archive": two capitalised phrases make a title
    if not facts.counted and not facts.marked and not BYLINE_SEPARATOR.search(text):
        return None  # "Support Notes — April 2023": a dash joins a title to its date
    found = parse_date(facts.date_text) if facts.date_text else None
    if facts.author and not facts.marked and found is not None and found.precision in ("month", "year") \
            and not found.numeric:  # (an ambiguous 03/04/2024 is known to its year, yet a day)
        return None  # "CLAIMS NEWS · APRIL 2024": a newsletter's banner names its issue, not its author
    return Cue("segmented_byline", "byline", author=facts.author, date_text=facts.date_text,
               category=facts.category, count=facts.count, tags=facts.tags)
