"""A post page's head: the title among the short lines over its first paragraph, and a letter's in a mail
client's window (the client's subject, when the letter prints no headline of its own)."""

from __future__ import annotations

from collections import Counter

from . import patterns as P
from .lines import Line, is_prose
from .slots import title_weight
from .neighbours import next_filled, previous_filled
from .text_dates import find_date_in
from .title_shape import over_dek

# How many text lines above the first paragraph may belong to the post's head.
HEAD_REACH = 10
# Scoring head lines: a few words and Title Case make a title.
WORDS_FOR_FULL_LENGTH = 8
LENGTH_BONUS = 0.2
TITLE_CASE_BONUS = 0.1
TITLE_CASE_MIN_LETTERS = 4
# Below this the head holds no title and the page is left to the stream reader.
MIN_HEAD_SCORE = 0.9
# A post page's headline over its dek may be short: two capitalised longer words ("The Apology Budget").
HEADLINE_CAPITALS = 2
# Scores are sums of fractions: compare them rounded, or 0.05 + 0.1 loses to 0.15.
SCORE_DIGITS = 6
# A headline and a subtitle either side of the byline are a few words each; labels are a word or two.
MIN_STRADDLING_WORDS = 3
# A mail client's window around the letter it shows: its sender line and the fields under it.
MAIL_VIEW_CHROME = frozenset({"mail sender", "mail header"})


def _score(line: Line) -> float:
    words = [word for word in line.stripped.split() if len(word) >= TITLE_CASE_MIN_LETTERS and word[0].isalpha()]
    case = sum(word[0].isupper() for word in words) / len(words) if words else 0.0
    length = min(len(line.stripped.split()), WORDS_FOR_FULL_LENGTH) / WORDS_FOR_FULL_LENGTH
    return title_weight(line) + LENGTH_BONUS * length + TITLE_CASE_BONUS * case


def _back_link(lines: list[Line], i: int, first_paragraph: int) -> bool:
    """One link alone right over the text, under the post's meta ("Back"): the post's, not a menu."""
    above = previous_filled(lines, i)
    return all(line.blank for line in lines[i + 1:first_paragraph]) and lines[i].chrome == "navigation" \
        and (above is None or above.chrome not in P.SITE_HEADER_CHROME)


def head_title(lines: list[Line], first_paragraph: int, masked: set[int]) -> tuple[int, int] | None:
    """(title, head start): the best title among the short lines right above the first paragraph."""
    candidates: list[int] = []
    i = first_paragraph - 1
    while i >= 0 and len(candidates) < HEAD_REACH:
        line = lines[i]
        if line.is_text and is_prose(line) and line.index not in masked and _sentence_title(lines, i):
            return i, i  # (it reads as a paragraph, so no score would choose it)
        if line.is_text and is_prose(line) and _dek_under_title(lines, i, candidates):
            i -= 1  # Medium: the story's subtitle, a sentence, between its title and the writer's name
            continue
        if line.index in masked or (line.is_text and is_prose(line)) or line.chrome in P.SITE_HEADER_CHROME \
                and not _back_link(lines, i, first_paragraph):
            break  # a menu: above it is the site's header, not the post's
        if (line.is_text or line.recurring) and line.title_like:  # a title its page lists in a sidebar recurs
            candidates.append(i)
        i -= 1
    # A breadcrumb that ends with the title printed under it ("Home Cutting no-shows" over "Cutting
    # no-shows") is no title.
    candidates = [k for k in candidates if not any(j > k and lines[k].stripped.endswith(" " + lines[j].stripped)
                                                   for j in candidates)]  # (a category kicker may sit between)
    # A sidebar or a breadcrumb above lists the post's own title too: among the lines printed twice, the
    # best title's copy nearest the text is the title.
    seen = Counter(lines[i].stripped for i in candidates)
    echoed = [(round(_score(lines[k]), SCORE_DIGITS), k) for k in candidates if seen[lines[k].stripped] > 1]
    if echoed and max(echoed)[0] >= MIN_HEAD_SCORE:
        return max(echoed)[1], i + 1
    straddled = _title_over_byline(lines, candidates, first_paragraph)
    if straddled is not None and _score(lines[straddled]) >= MIN_HEAD_SCORE:
        return straddled, i + 1
    # On a tie the line nearest the text wins: breadcrumbs and site names sit higher up.
    scored = [(round(_score(lines[i]), SCORE_DIGITS), i) for i in candidates]
    if not scored:
        return None
    best, position = max(scored)
    return (over_dek(lines, position, capitals_needed=HEADLINE_CAPITALS), i + 1) if best >= MIN_HEAD_SCORE else None


def _dek_under_title(lines: list[Line], i: int, candidates: list[int]) -> bool:
    """A paragraph right under a title-like line, with only names between it and the post's text."""
    above = previous_filled(lines, i)
    return above is not None and above.index == i - 1 and above.is_text and above.title_like \
        and not above.is_name and all(lines[k].is_name for k in candidates)


# A headline written as a sentence or two ("The boiler is fixed. Did anyone tell you?") is short.
MAX_SENTENCE_TITLE_WORDS = 12


def _sentence_title(lines: list[Line], i: int) -> bool:
    """A short sentence right over the post's date line, under the page's chrome rather than under text: the
    headline, however much it reads like a paragraph."""
    below, above = next_filled(lines, i), previous_filled(lines, i)
    return len(lines[i].stripped.split()) <= MAX_SENTENCE_TITLE_WORDS and below is not None and below.dates_post \
        and (above is None or not above.is_text)


def _title_over_byline(lines: list[Line], candidates: list[int], first_paragraph: int) -> int | None:
    """Title, byline, dek (Plume, many themes): of the two head lines around the byline, the upper one is
    the headline and the lower the subtitle, whatever their lengths. The byline is the head's last: a
    reader app's list rows above the article ("Title" / "Feed · 1h") are no head of it."""
    for k in candidates:
        below = next_filled(lines, k)
        signed_and_dated = below is not None and below.index <= k + 2 and below.cue is not None \
            and below.cue.role == "byline" \
            and below.cue.author is not None and below.cue.date_text is not None
        if not signed_and_dated or any(lines[i].dates_post for i in range(below.index + 1, first_paragraph)):
            continue
        under = next_filled(lines, below.index)
        if under is not None and under.index <= below.index + 2 and under.index in candidates and min(
                len(lines[k].stripped.split()), len(under.stripped.split())) >= MIN_STRADDLING_WORDS \
                and not _same_title(lines[k].stripped, under.stripped) and find_date_in(under.stripped) is None:
            return k  # (not "Post author" / byline / "Post date": a theme's labels for screen readers)
        if under is None or under.index not in candidates:
            # No dek: the headline of a few words right over the byline, whatever its case, is the title
            # (an image's alt text or a blurb higher up in Title Case is not).
            return k if len(lines[k].stripped.split()) >= MIN_STRADDLING_WORDS else None
    return None


def _same_title(upper: str, lower: str) -> bool:
    """"Snooze a ticket #412" over its byline over "Snooze a ticket": one title printed twice."""
    return upper.startswith(lower) or lower.startswith(upper)


def letter_head(lines: list[Line], first: int, head: tuple[int, int] | None,
                 last_resort: bool) -> tuple[int, int] | None:
    """A head over a mail client's sender and fields is the client's window, not the letter's; a letter with
    no headline of its own takes the subject the client prints as its title."""
    client = [line.index for line in lines[:first] if line.chrome in MAIL_VIEW_CHROME]
    if client and head is not None and head[0] < client[-1]:
        head = None
    if head is None and (last_resort or client):
        head = next(((line.index, line.index) for line in lines[:first] if line.chrome == "mail subject"), None)
    return head
