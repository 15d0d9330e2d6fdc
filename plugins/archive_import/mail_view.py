"""A letter as a mail client shows it: the header over the newsletter names who sent it and when.

Webmail and desktop clients print the sender as "Name <address>" (Gmail's print
view puts the day it was sent after a tab on the same line), with the "To:" or
"Reply-To:" field a line or two away. The sent day dates the letter's articles.
The sender line is the client's furniture, never a title; the sender is no
article's author (a digest's unsigned articles have none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .dates import FoundDate, parse_date
from .names import names_in
from .text_dates import agreed_reading

if TYPE_CHECKING:
    from .lines import Line

# Gmail's print view counts the thread's messages under its subject: "1 message", "3 messages".
MESSAGE_COUNT = re.compile(r"^\d+ messages?$", re.I)
# "Ruth from The Desk": the person, not the letter she writes for.
SENDER_SUFFIX = re.compile(r"\s+(?:from|at|@)\s+.*$", re.I)
# Gmail prints an "Unsubscribe" link after a list's sender address.
UNSUBSCRIBE_AFTER = re.compile(r"\s+unsubscribe$", re.I)
# The recipient field of a phone's mail app: "To: Me".
TO_ME = re.compile(r"^to:?\s+me$", re.I)
# The folder a client shows the letter in, over its sender: "Inbox".
FOLDER_LABEL = re.compile(r"^(?:inbox|updates|promotions|newsletters?|important)$", re.I)
# A time alone, maybe with its age: "7:02 AM (3 hours ago)".
CLOCK_ONLY = re.compile(r"^(?P<time>\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)(?:\s*\([^)]{1,30}\))?$", re.I)
# The sender's initials in place of a photo (Outlook: "PA"), over or beside the sender line.
INITIALS = re.compile(r"^[A-Z]{1,3}$")
# The reading pane's buttons under the header.
MAIL_BUTTON = re.compile(r"^(?:reply|reply all|forward|more actions|archive|junk|spam|delete|more|…|\.\.\.)$"
                         r"|^reply\s*(?:\|[^|]{1,40}){2,}$", re.I)  # Gmail's basic HTML: "Reply | Reply to all | …"
# A mail client's header fields, labelled on their own line or before their value ("to me": Gmail).
MAIL_FIELD = re.compile(r"^(?:to|reply-to|cc|from|sent|date)\s*:?(?:\s|$)|^to me$", re.I)
# The header sits at the top of the copy, its date line among the fields.
MAIL_HEADER_LINES, MAIL_FIELD_REACH = 20, 3
# Gmail prints the letter's labels between its subject and its sender: "Promotions", "Support reading".
MAX_LABEL_CHIPS, MAX_CHIP_WORDS = 3, 3
# A client's folder list and message list may come first: the opened letter's header within this many lines.
MAIL_VIEW_LINES = 45
# "Ruth Fenlow from The Desk <letters@desk.example>	Tue, Mar 5, 2024 at 9:14 AM"
# Outlook on the web's print view labels it: "From Ruth Fenlow <ruth@desk.example>".
SENDER = re.compile(r"^(?:(?i:from):?\s+)?(?P<name>[^<>\t@]{1,80}?)\s*<[^<>\s@]+@[^<>\s]+>(?:\s+(?P<when>\S.{3,60}))?$")
# ... and the day it was sent: "Date Thu 2/29/2024 8:12 AM", "Sent: Thursday, February 29, 2024 8:12 AM".
SENT_FIELD = re.compile(r"^(?i:date|sent):?\s+(?P<when>\S.{3,60})$")


@dataclass(frozen=True, slots=True)
class Sent:
    """Where a letter's header says when it was sent, and the day it says."""

    index: int
    day: FoundDate


def _header(lines: list[Line]) -> list[Line]:
    return [line for line in lines if not line.blank][:MAIL_HEADER_LINES]


def _near_field(shown: list[Line], k: int) -> bool:
    """A mail field within reach of line ``k``, past the client's buttons (Thunderbird prints its toolbar
    between the sender and "To")."""
    target = shown[k]
    shown = [line for line in shown if line is target or not MAIL_BUTTON.match(line.stripped)]
    k = next(j for j, line in enumerate(shown) if line is target)
    near = shown[max(0, k - MAIL_FIELD_REACH):k + MAIL_FIELD_REACH + 1]
    return any(MAIL_FIELD.match(other.stripped) and not other.prose for other in near if other is not shown[k])


def sender_line(lines: list[Line]) -> Line | None:
    """The header's "Name <address>" line, with a mail field near it; None on a page that is no letter.
    Under a client's folder and message lists (Mailspring, Gmail's basic HTML view) it may sit further down,
    its "To:" or "Reply-To:" right under it."""
    shown = _header(lines)
    found = next((line for k, line in enumerate(shown)
                  if (line.is_text or line.chrome == "newsletter footer") and SENDER.match(_sender_text(line))
                  and _near_field(shown, k)), None) or _named_sender(shown)
    if found is not None:
        return found
    deeper = [line for line in lines if not line.blank][:MAIL_VIEW_LINES]
    return next((line for k, line in enumerate(deeper) if (line.is_text or line.chrome == "newsletter footer")
                 and SENDER.match(_sender_text(line)) and ":" not in line.stripped.split("<")[0]
                 and _recipient_below(deeper[k + 1:k + 1 + MAIL_FIELD_REACH])), None)


def _recipient_below(below: list[Line]) -> bool:
    """The "To:" or "Reply-To:" field under a sender line, maybe under its sent date (Gmail: "to me")."""
    for line in below:
        if _recipient(line):
            return True
        if line.date is None:
            return False
    return False


def _named_sender(shown: list[Line]) -> Line | None:
    """iOS Mail prints the sender's name alone, right over "To: Me"; Gmail's phone view, the sender's
    name (a person's or a newsletter's) over the day it was sent, over "to me"."""
    for k, line in enumerate(shown[:-1]):
        if not line.is_text or line.prose:
            continue
        below = shown[k + 1]
        if line.is_name and TO_ME.match(below.stripped) or below.date is not None and k + 2 < len(shown) \
                and shown[k + 2].stripped.lower() == "to me":
            return line
        # Apple Mail on a Mac: the sender's name, the day it was sent, the subject, then "To:" and "Reply-To:".
        if line.is_name and below.date is not None and any(map(_recipient, shown[k + 2:k + 2 + MAIL_FIELD_REACH])):
            return line
    return None


def _recipient(line: Line) -> bool:
    """The letter's "To:" or "Reply-To:" field."""
    return MAIL_FIELD.match(line.stripped) is not None and line.stripped.lower().startswith(("to", "reply-to"))


def _sender_text(line: Line) -> str:
    """The sender line without Gmail's "Unsubscribe" link after the address."""
    return UNSUBSCRIBE_AFTER.sub("", line.stripped)


def mark_mail_senders(lines: list[Line]) -> None:
    """The sender line is the client's, and so are the fields under it and the subject over it (past
    Gmail's "1 message"): the letter's own headline, further down, is its title."""
    found = sender_line(lines)
    if found is None:
        return
    found.chrome, found.fixed, found.title_like = "mail sender", True, False
    below = lines[found.index + 1:found.index + 1 + MAIL_FIELD_REACH * 2]
    for line in below:
        if not line.blank and (MAIL_FIELD.match(line.stripped) and not line.prose or MAIL_BUTTON.match(line.stripped)):
            line.chrome, line.fixed, line.title_like = "mail header", True, False  # "Reply-To: …", "Forward"
    under = [line for line in below if not line.blank]
    if len(under) > 2 and under[0].date is not None and under[2].chrome == "mail header":
        _mark_subject(lines, found, under[1])  # Apple Mail: the subject under the sent date, over "To:"
    above = [line for line in reversed(lines[:found.index]) if not line.blank][:3 + MAX_LABEL_CHIPS]
    if above and above[0].cue is not None and above[0].cue.role == "date":  # Mailspring: the sent time on top
        above[0].chrome, above[0].fixed, above[0].title_like = "mail header", True, False
    above = above[1:] if above and above[0].chrome == "mail header" else above[:2 + MAX_LABEL_CHIPS]
    chips = 0
    while chips < MAX_LABEL_CHIPS and len(above) > 1 and (
            MESSAGE_COUNT.match(above[0].stripped) or INITIALS.match(above[0].stripped)
            or FOLDER_LABEL.match(above[0].stripped) or _label_chip(lines, above[0])):
        above[0].chrome, above[0].fixed, above[0].title_like = "mail subject", True, False
        above, chips = above[1:], chips + 1
    if above:
        _mark_subject(lines, found, above[0])


def _mark_subject(lines: list[Line], sender: Line, subject: Line) -> None:
    """The subject line is the client's, unless the letter prints it again as its headline (then it is
    left to tell the title where it sits)."""
    if subject.is_text and not subject.prose and subject.chrome is None and not any(
            line.stripped == subject.stripped for line in lines[sender.index:] if line is not subject):
        subject.chrome, subject.fixed, subject.title_like = "mail subject", True, False


def _label_chip(lines: list[Line], line: Line) -> bool:
    """A label the client shows beside the subject that its label list names too ("Support reading")."""
    return len(line.stripped.split()) <= MAX_CHIP_WORDS and any(other.stripped == line.stripped for other in lines[:line.index - 1])


def letter_sent(lines: list[Line], captured: date | None) -> Sent | None:
    """When the letter was sent: the date line among its header fields ("To: you" / "Mon, Mar 4 at
    10:32 AM"), or the date after its sender. Only a header with a mail field counts: a blog's top bar
    is no letter. The reading pane's buttons between them do not count."""
    sender = next((line for line in lines[:MAIL_VIEW_LINES * 2] if line.chrome == "mail sender"), None)
    window = [line for line in lines if not line.blank][:MAIL_VIEW_LINES] if sender is not None else _header(lines)
    shown = [line for line in window if not MAIL_BUTTON.match(line.stripped)]
    for k, line in enumerate(shown):
        if MAIL_FIELD.match(line.stripped) and not line.prose:
            near = shown[max(0, k - MAIL_FIELD_REACH):k + MAIL_FIELD_REACH + 1]
            dated = next((other for other in near if other.date is not None and other.cue is not None
                          and other.cue.role == "date"), None)
            if dated is not None:
                raw = dated.cue.date_text or dated.stripped
                return Sent(dated.index, _placed(_agreed(lines, dated, raw), raw, captured))
            labelled = SENT_FIELD.match(line.stripped)
            found = parse_date(labelled["when"]) if labelled else None
            if found is not None:
                return Sent(line.index, _placed(found, labelled["when"], captured))
    sender = next((line for line in shown if line.chrome == "mail sender"), None)
    addressed = SENDER.match(_sender_text(sender)) if sender is not None else None  # none on a name alone
    when = addressed["when"] if addressed else None
    found = parse_date(when) if when else None
    if found is not None:
        return Sent(sender.index, _placed(found, when, captured))
    return _sent_today(shown, sender, captured) if sender is not None else None


# A letter's own dates (its banner: "Customer care news · May 2024") sit in its first lines under the header.
LETTER_DATE_REACH = 15


def _agreed(lines: list[Line], dated: Line, raw: str) -> FoundDate:
    """A sent date that reads both ways ("08/05/2024, 09:41") read the way the letter's banner agrees with."""
    if not dated.date.numeric or dated.date.precision != "year":
        return dated.date
    below = [line.stripped for line in lines[dated.index + 1:dated.index + 1 + LETTER_DATE_REACH]]
    return agreed_reading(raw, below) or dated.date


def _sent_today(shown: list[Line], sender: Line, captured: date | None) -> Sent | None:
    """Gmail prints only the time for a letter sent on the day the page was copied: "7:02 AM (3 hours ago)"."""
    if captured is None:
        return None
    k = shown.index(sender)
    for line in shown[k + 1:k + 1 + MAIL_FIELD_REACH]:
        clock = CLOCK_ONLY.match(line.stripped)
        if clock:
            found = parse_date(f"{captured.isoformat()} {clock['time']}")
            return Sent(line.index, found) if found is not None else None
    return None


def _placed(found: FoundDate, text: str, captured: date | None) -> FoundDate:
    """A year-less sent day ("Mar 4, 10:32 AM") placed by the day the page was copied."""
    if found.precision in ("minute", "day") or captured is None:
        return found
    return parse_date(text, captured=captured) or found


def letter_writer(lines: list[Line]) -> str | None:
    """The person who sent a one-article letter ("Callum Reyes", "Ruth from The Desk" → "Ruth"), or None
    for a team or a list: a digest's unsigned articles are nobody's, so callers ask only for one letter."""
    sender = next((line for line in _header(lines) if line.chrome == "mail sender"), None)
    if sender is None:
        return None
    match = SENDER.match(_sender_text(sender))
    name = SENDER_SUFFIX.sub("", match["name"].strip(' "')) if match else sender.stripped
    names = names_in(name)
    return names[0] if len(names) == 1 else None
