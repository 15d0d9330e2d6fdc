"""Stage 4: which reading the page takes. A feed's entries, a forum topic or one post's page with its
replies, e-mails in header blocks, a numbered thread, a status history, pages joined in one file, and
otherwise the template the lines' shapes make: fields, one post, or a stream of headed sections."""

from __future__ import annotations

from dataclasses import replace

from .comments import Thread
from .dated_leads import dated_lead_template
from .digest import split_digests
from .feed_entries import feed_template
from .feed_view import FeedLines
from .forum import forum_topic
from .header_blocks import HeaderBlock, header_template
from .lines import Line
from .numbered_thread import thread_template
from .pages import each_page, page_starts
from .post_page import post_page
from .replies import thread_replies
from .single import one_post
from .status_history import status_template
from .stream import stream_template
from .structure import Template
from .tail import end_at_signature
from .template import fields_template
from .undated_cards import cut_cards_template


def read_template(feed_lines: FeedLines, lines: list[Line],
                  threads: list[Thread]) -> tuple[Template, dict[int, HeaderBlock], list[Thread]]:
    """The archive's records, its e-mails by their first line, and its comment threads: a feed's entries,
    one post's page and its replies, or the template the lines' shapes make."""
    masked = {i for thread in threads for i in range(thread.start, thread.end)}
    feed = feed_template(lines, feed_lines.entries)
    if feed is not None:  # a feed's entries are its posts (and its readers' comments)
        return feed[0], {}, sorted([*threads, *feed[1]], key=lambda thread: thread.start)
    page = forum_topic(lines, masked) or post_page(lines, masked) or forum_topic(lines, masked, by_handles=True)
    if page is not None:  # one post's page: the post, then its replies
        return page.template, {}, sorted([*threads, *([page.replies] if page.replies else [])],
                                         key=lambda thread: thread.start)
    template, emails = split_digests(lines, *induce(feed_lines.texts, lines, masked))
    template = replace(template, records=end_at_signature(lines, template.records, masked, bool(emails)))
    template, threads = thread_replies(lines, template, threads)
    return template, emails, threads


def induce(texts: list[str], lines: list[Line], masked: set[int]) -> tuple[Template, dict[int, HeaderBlock]]:
    found = header_template(texts, lines)
    if found is not None:
        return found
    thread = thread_template(lines, masked)
    if thread is not None:
        return thread, {}
    status = status_template(lines)
    if status is not None:
        return status, {}
    starts = page_starts(lines)
    if starts:
        return each_page(lines, masked, starts, lambda hidden: _one_page(lines, hidden)), {}
    return _one_page(lines, masked), {}


def _one_page(lines: list[Line], masked: set[int]) -> Template:
    found = fields_template(lines, masked) or dated_lead_template(lines, masked) or cut_cards_template(lines, masked)
    template = one_post(lines, masked, found) or found or stream_template(lines, masked)
    letter = template.kind == "stream" and (any(line.chrome == "mail sender" for line in lines)
                                            or _dated_head_only(lines, template))
    if letter or any(record.title is not None and lines[record.title].inner_heading for record in template.records):
        # A letter a mail client shows is one letter; its headings head its sections, as a contents list says.
        template = one_post(lines, masked, None, last_resort=True) or template  # sections of one article
    if template.records:
        return template
    return one_post(lines, masked, None, last_resort=True) or template  # never lose a titled text


def _dated_head_only(lines: list[Line], template: Template) -> bool:
    """A stream whose first section alone carries a date, or whose sections above the one dated hold no
    paragraph (the site's name and tagline): one dated article and its headings."""
    dated = [any(lines[i].dates_post for i in range(record.start, record.end)) for record in template.records]
    if len(dated) < 2 or sum(dated) != 1:
        return False
    first = dated.index(True)
    return not any(lines[i].prose for record in template.records[:first] for i in range(record.start, record.end))
