"""Posts without titles: a date line that opens each post, or one that closes each post.

Micro.blog, LinkedIn activity and journal pages print a date over every post
and a title over only some; Tumblr text posts end with a dated footer and
have no title at all. Both are found by their date runs alone.
"""

from __future__ import annotations

from dataclasses import replace

from . import patterns as P
from .lines import Line
from .runs import MIN_SHAPE_RUNS, text_below
from .slots import neighbour
from .structure import Record, Run, Template, has_body

# Posts with no title are found by their date lines alone: a guess worth checking.
UNTITLED_CONFIDENCE = 0.6
# A social network's action bar: one button a line, two at least.
MIN_BUTTONS = 2
# A title has two words or more.
MIN_TITLE_WORDS = 2
# Menu items above the first post are a word or three ("Ask me anything", "Archive").
MAX_MENU_WORDS = 3


def social_feed(lines: list[Line], runs: list[Run]) -> bool:
    """Posts on a social network, which have no titles: runs of separate action buttons under each
    ("Like" / "Comment" / "Share"), as no blog's share row prints them, a user's handle in each head, or
    reactions (an emoji over its count)."""
    def buttons(run: Run) -> int:
        return sum(lines[i].stripped.lower() in P.ACTION_BUTTONS for i in run.lines)

    def handle(run: Run) -> bool:  # "@jane@example.social" under the name: Mastodon prints counts, no buttons;
        return any(lines[i].chrome in ("handle", "reaction") for i in run.lines)  # chats print emoji over counts
    return sum(buttons(run) >= MIN_BUTTONS or handle(run) for run in runs) >= MIN_SHAPE_RUNS


def end_at_action_bar(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """The feed's last post ends at its action bar when no paragraph follows: the rest is the site's footer."""
    if not records:
        return records
    last = records[-1]
    buttons = [i for i in range(last.start, last.end) if lines[i].stripped.lower() in P.ACTION_BUTTONS]
    if not buttons or any(lines[i].prose for i in range(buttons[-1], last.end) if i not in masked):
        return records
    return [*records[:-1], replace(last, end=buttons[-1] + 1)]


def date_line(lines: list[Line], run: Run) -> int | None:
    """The run's date or byline line, where an untitled post under it starts (Micro.blog, journals)."""
    return next((i for i in run.lines if lines[i].dates_post), None)


def headed_template(lines: list[Line], candidates: list[Run], shapes: set[str], masked: set[int]) -> Template | None:
    """Posts that each open with a date line, a title right over it when the post has one.

    Only when the page's text starts under its first date line, or when more
    date lines have a paragraph right under them than right over them: else
    the dates close the posts (see ``untitled_template``).
    """
    # A run may carry the site's menu before its date: the post starts at the date.
    heads = [run for run in candidates if date_line(lines, run) is not None and text_below(lines, run, masked)]
    dates = [date_line(lines, run) for run in heads]
    if len(dates) < MIN_SHAPE_RUNS:
        return None
    if _prose_before(lines, dates[0], masked) and not _opens_more(lines, heads, masked):
        return None
    # A run that took its author's name in starts at the name; a title sits over the name or the date.
    firsts = [_author_start(lines, run, i) for run, i in zip(heads, dates)]
    if all(_title_over(lines, i, masked) for i in firsts):
        return None  # every date line has a title over it: a titled page the slots could not read, no feed
    starts = [(i - 1, i - 1) if _titled(lines, i, masked) else (i, None) for i in firsts]
    records = [Record(start, starts[k + 1][0] if k + 1 < len(starts) else len(lines), title)
               for k, (start, title) in enumerate(starts)]
    return Template("fields", sorted(shapes), "dated heads", records, UNTITLED_CONFIDENCE)


def _author_start(lines: list[Line], run: Run, dated: int) -> int:
    """The author's name (and job or badge) the run took in over its date line, else the date line."""
    above = [i for i in run.lines if i < dated]
    if above and lines[above[0]].is_name and all(lines[i].is_name or lines[i].chrome in P.BYLINE_EXTRAS
                                                 for i in above[1:]):
        return above[0]
    return dated


def _title_over(lines: list[Line], start: int, masked: set[int]) -> bool:
    """A short capitalised line of text over the head (no paragraph, no handle), blank lines between or not."""
    above = neighbour(lines, start, -1, masked)
    return above is not None and not lines[above].prose and lines[above].stripped[:1].isupper()


def _titled(lines: list[Line], start: int, masked: set[int]) -> bool:
    """A title-like line right over the date line, no blank between (not a comment thread's last line)."""
    above = lines[start - 1] if start > 0 and start - 1 not in masked else None
    # One word over a feed's head is a button or a label ("Post", "Pinned"), not a title.
    return above is not None and above.is_text and above.title_like and len(above.stripped.split()) >= MIN_TITLE_WORDS


def _opens_more(lines: list[Line], runs: list[Run], masked: set[int]) -> bool:
    """Do more of these date runs have a paragraph right under them than right over them?"""
    def prose(i: int | None) -> bool:
        return i is not None and lines[i].prose
    under = sum(prose(neighbour(lines, run.end, 1, masked)) for run in runs)
    over = sum(prose(neighbour(lines, _past_reactions(lines, run), -1, masked)) for run in runs)
    return under > over


def _past_reactions(lines: list[Line], run: Run) -> int:
    """The run's first line past the reactions and footer links that close the post above it (an emoji over
    a count, "Reply by email")."""
    return next((i for i in run.lines if lines[i].chrome not in ("reaction", "counter")
                 and not (lines[i].cue is not None and lines[i].cue.role == "footer")), run.start)


def _prose_before(lines: list[Line], start: int, masked: set[int]) -> bool:
    return any(line.prose for line in lines[:start] if line.index not in masked)


# A sentence this long in the title slot is the opening of an untitled post.
MIN_UNTITLED_WORDS = 15


def untitled(line: Line) -> bool:
    """The template's title slot holds a sentence (a Tumblr text post), or the post's own date line:
    the post has no title."""
    if line.is_field:
        return True
    text = line.stripped
    return text[:1].islower() or text.endswith(":") or line.prose and len(text.split()) >= MIN_UNTITLED_WORDS


def untitled_template(lines: list[Line], candidates: list[Run], shapes: set[str], masked: set[int]) -> Template | None:
    """Posts without titles (Tumblr text posts): each dated footer run closes the text above it."""
    dated = [run for run in candidates if date_line(lines, run) is not None]
    if len(dated) < MIN_SHAPE_RUNS or all(_title_over(lines, run.start, masked) for run in dated):
        return None  # (a title over every date line: the dates open titled posts)
    starts = [body_start(lines, dated[0].start)] + [run.end + 1 for run in dated[:-1]]
    records = [Record(start, run.end + 1, None) for start, run in zip(starts, dated)]
    if any(line.prose for line in lines[dated[-1].end + 1:] if line.index not in masked):
        records.append(Record(dated[-1].end + 1, len(lines), None))  # text after the last date: a post, not a footer
    records = [record for record in records if has_body(lines, record.start, record.end, set(), masked)]
    if len(records) < MIN_SHAPE_RUNS:
        return None
    return Template("fields", sorted(shapes), "untitled", records, UNTITLED_CONFIDENCE)


def counted_template(lines: list[Line], candidates: list[Run], shapes: set[str], masked: set[int]) -> Template | None:
    """Posts that close with their counts and nothing else ("9 notes": a Tumblr theme with no dates): each
    such run closes the text above it, titled by the short line over its first paragraph, if any."""
    counted = [run for run in candidates if all(_count_line(lines[i]) for i in run.lines)]
    if len(counted) < MIN_SHAPE_RUNS or any(date_line(lines, run) is not None for run in candidates):
        return None
    starts = [body_start(lines, counted[0].start)] + [run.end + 1 for run in counted[:-1]]
    records = [Record(start, run.end + 1, _head_title(lines, start, run.start, masked))
               for start, run in zip(starts, counted)]
    records = [record for record in records if has_body(lines, record.start, record.end, {record.title}, masked)]
    if len(records) < MIN_SHAPE_RUNS:
        return None
    return Template("fields", sorted(shapes), "untitled", records, UNTITLED_CONFIDENCE)


def _count_line(line: Line) -> bool:
    return line.cue is not None and line.cue.role == "footer" and line.cue.count is not None or line.chrome == "pager"


def _head_title(lines: list[Line], start: int, end: int, masked: set[int]) -> int | None:
    """The record's first line, when it is a short title-like line right over a paragraph."""
    filled = [i for i in range(start, end) if not lines[i].blank and i not in masked]
    if len(filled) < 2 or not (lines[filled[0]].is_text and lines[filled[0]].title_like) or not lines[filled[1]].prose:
        return None
    return None if untitled(lines[filled[0]]) else filled[0]


def body_start(lines: list[Line], run_start: int) -> int:
    """Where the first untitled post begins: after the page's header (fields and short menu lines)."""
    start = run_start
    for i in range(run_start - 1, -1, -1):
        line = lines[i]
        if line.blank:
            continue
        if line.is_field or line.title_like and len(line.stripped.split()) <= MAX_MENU_WORDS:
            break
        start = i
    return start


def handle_headed_template(lines: list[Line], candidates: list[Run], shapes: set[str],
                           masked: set[int]) -> Template | None:
    """A feed whose posts open with their author's name over a handle and close with their date and counts
    (GoToSocial, a Fediverse profile's web page): each run that ends with a handle right over text opens a
    post at the name; the last post ends with the first dated run under its text."""
    heads = [run for run in candidates if lines[run.end].chrome == "handle" and text_below(lines, run, masked)]
    while len(heads) > 1 and not any(lines[i].dates_post for i in range(heads[0].end, heads[1].end - 1)):
        heads = heads[1:]  # the profile's own name and handle over its menu ("Posts"): no post
    if len(heads) < MIN_SHAPE_RUNS or date_line(lines, heads[0]) is not None:
        return None  # (the first post's head holds its date: the dates open posts, Mastodon's "2h" / name / handle)
    starts = [run.end - 1 if run.end - 1 in run.lines and _display_name(lines[run.end - 1]) else run.end
              for run in heads]
    closing = next((run for run in candidates if run.start > heads[-1].end and date_line(lines, run) is not None), None)
    if closing is None:
        return None
    ends = [*starts[1:], closing.end + 1]
    # Every post's date sits after its text (else the dates open posts: ``headed_template``).
    if not all(any(lines[i].dates_post for i in range(start, end)) for start, end in zip(starts, ends)):
        return None
    for start in starts:  # the name over the handle is the post's author
        lines[start].name_slot = lines[start].name_slot or _display_name(lines[start])
    records = [Record(start, end, None) for start, end in zip(starts, ends)]
    return Template("fields", sorted(shapes), "handle heads", records, UNTITLED_CONFIDENCE)


def _display_name(line: Line) -> bool:
    """The line over a handle: its account's display name (a person's or a team's), not a date or a count."""
    return line.cue is None and line.date is None and line.chrome is None and not line.prose
