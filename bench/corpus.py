"""Synthetic posts, generated from a small description of archive layouts.

Nothing is copied from the real archives. ``LAYOUTS`` says how each kind
of blog page lays posts out in a text archive (posts per file, where the
date sits and how precise it is, which chrome lines surround a post); the
prose is made of words from ``WORDS``; series titles follow the shapes
the series rules in ``pelicanconf.py`` know. So the importer meets the
problems real input gives it (chrome, undated posts, dates in several
places, series), on text anyone can regenerate.

Everything is drawn from one ``random.Random(seed)``: the same seed and
size give the same posts, in the same order, every time.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Layout:
    """How one kind of blog page lays its posts out in a text archive.

    ``post`` is the text of one post, with the fields of ``post_fields``
    in braces; ``header`` starts each archive file ({page}: its number).
    """

    key: str
    blog: str
    author: str | None
    share: float             # of all imported posts
    posts_per_file: int      # 1: one archive per post (a single post page)
    precision: str           # what its dates carry: minute | day | month | unknown
    post: str
    header: str = ""
    paragraph_gap: str = "\n\n"
    url: str | None = None
    dated_by_subtitle: bool = False   # only posts with a "Volume N: <month> <year>" subtitle have a date
    chrome_every: int = 0             # every n-th post ends with an extra chrome line


LAYOUTS = (
    Layout("single", "Sticky Customers", "Ada Stone", 0.10, 1, "month", url="https://example.org/sticky/",
           dated_by_subtitle=True,
           post="Sticky Customers®\nShares\n\n{title}\n\nShares\n\n{subtitle_block}{body}\n\n"
                "About the Author {author}\n\n{bio}\n\nfollow me on:\n\nLeave a Comment:\n\nAdd Your Reply"),
    Layout("dated-category", "Desk Notes", None, 0.25, 20, "day",
           header="Archive for the ‘Customer Service’ Category\n\n",
           post="{title}\n\n{weekday}, {month} {ordinal}, {year}\n\n{body}\n\n"),
    Layout("undated-stream", "A Service Notebook", None, 0.125, 20, "unknown", post="{title}\n\n{body}\n\n"),
    Layout("undated-category", "Great Service", None, 0.125, 20, "unknown",
           header="Category Archives: Customer Service\n\n", chrome_every=7,
           post="{title}\n\n{body}\n\n{chrome}"),
    Layout("author-blog", "The Speaker's Blog", "Sam Keynes", 0.40, 8, "minute", url="https://example.org/speaker/",
           header="The Speaker's Blog, page {page}\n\n", paragraph_gap="\n\n\n",
           post="{month} {day}, {year}\n\n{title}\n\n\n{body}\n\n\n{bio}\n\n\n"
                "(Copyright © {roman_year}, {author})\n\n\n \n\n\n"
                "The post {title} appeared first on {blog}.\n\n"
                " •  0 comments  •  flag\nShare on Twitter\nPublished on {month} {day}, {year} {time}\n\n"),
)
EXTRA_CHROME = " \n\nEnhanced by Zemanta\n\n"

# The prose vocabulary: plain words, so no line looks like a date, a
# byline or chrome.
WORDS = ("customer service team call answer question problem store staff manager order refund "
         "promise time care help listen smile trust loyalty experience company people moment "
         "message letter phone desk visit return quick simple honest kind clear small great every "
         "first next better always never often today tomorrow learn remember fix follow explain "
         "thank welcome choose keep build share notice expect deliver offer").split()
# Words per sentence and sentences per paragraph: every paragraph line is
# longer than a title, as prose in the real archives is.
SENTENCE_WORDS = (8, 18)
SENTENCES_PER_PARAGRAPH = (2, 5)
PARAGRAPHS_PER_POST = (2, 9)
TITLE_WORDS = (3, 8)
LIST_ITEMS = (3, 7)
# Share of posts with a bullet list / a numbered list.
BULLET_LIST_SHARE = 0.25
NUMBERED_LIST_SHARE = 0.15
# Share of paragraphs holding text that looks like markup: archives are
# plain text, so the importer must escape it.
MARKUP_LOOKALIKE_SHARE = 0.01
MARKUP_LOOKALIKES = (
    "Reply with <b>YES</b> to confirm & we’ll call you.",
    "Rule #1: the *customer* is not always right, but always the customer.",
    "Type [help] or __support__ into the chat box.",
)
# Share of posts in each recurring series shape (the rest are one-offs).
SERIES_SHARES = {"five_ws": 0.06, "monthly_mash": 0.05, "top_five": 0.08, "guest": 0.04}
FIVE_WS_PARTS = ("Who", "What", "When", "Where", "Why", "How")
FIVE_WS_SUBJECTS = ("Service", "Support", "Onboarding", "Retail", "Hospitality", "Complaints")
# Hand-written posts (content/posts, with Series: by hand) among the total.
HAND_WRITTEN_SHARE = 0.02
HAND_WRITTEN_SERIES = ("Notes from the Help Desk", "Service Recovery Diaries")
TAGS = ("customer experience", "complaints", "social media", "employees", "leadership",
        "training", "loyalty", "apologies")
MONTHS = ("January February March April May June July August September October November December").split()
# Imported posts are dated between these; a date in the future would be
# skipped by Hugo, not by Pelican. Hand-written posts follow, over a year.
FIRST_POST = dt.datetime(2009, 1, 5, 9, 0)
LAST_POST = dt.datetime(2023, 12, 1, 9, 0)
HAND_WRITTEN_FROM = dt.datetime(2024, 1, 1, 8, 30)
HAND_WRITTEN_DAYS = 330
# Each source's first post falls within this many days of FIRST_POST.
START_SPREAD_DAYS = 300
# Gaps between a source's posts vary around their mean by this factor.
GAP_SPREAD = (0.5, 1.5)


@dataclass
class Block:
    kind: str                # "paragraph" | "bullets" | "numbered"
    lines: list[str]


@dataclass
class Post:
    title: str
    slug: str
    layout: Layout
    date: dt.datetime | None
    date_precision: str
    blocks: list[Block]
    tags: list[str]
    subtitle: str | None = None
    archive: str = ""        # archive file name (set when written)
    order: int = 0           # 1-based position in its archive
    series: str | None = None            # hand-written posts only
    series_index: int | None = None
    hand_written: bool = False
    author_bio: str | None = None


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("’", "")).strip("-")
    return slug[:60].rstrip("-") or "post"


@dataclass
class PostFactory:
    """Draws posts one by one; keeps counters so titles stay unique and series number on."""

    rng: random.Random
    slugs: set = field(default_factory=set)
    titles: set = field(default_factory=set)
    mash_volume: int = 0
    five_ws_run: int = 0

    def sentence(self) -> str:
        words = self.rng.choices(WORDS, k=self.rng.randint(*SENTENCE_WORDS))
        return " ".join(words).capitalize() + "."

    def paragraph(self) -> str:
        sentences = [self.sentence() for _ in range(self.rng.randint(*SENTENCES_PER_PARAGRAPH))]
        if self.rng.random() < MARKUP_LOOKALIKE_SHARE:
            sentences.insert(self.rng.randrange(len(sentences) + 1), self.rng.choice(MARKUP_LOOKALIKES))
        return " ".join(sentences)

    def body(self) -> list[Block]:
        blocks = [Block("paragraph", [self.paragraph()]) for _ in range(self.rng.randint(*PARAGRAPHS_PER_POST))]
        for kind, share in (("bullets", BULLET_LIST_SHARE), ("numbered", NUMBERED_LIST_SHARE)):
            if self.rng.random() < share:
                items = [self.sentence() for _ in range(self.rng.randint(*LIST_ITEMS))]
                blocks.insert(self.rng.randint(1, len(blocks)), Block(kind, items))
        return blocks

    def plain_title(self) -> str:
        while True:
            words = self.rng.sample(WORDS, self.rng.randint(*TITLE_WORDS))
            title = " ".join(word.capitalize() for word in words)
            if title not in self.titles:
                self.titles.add(title)
                return title

    def unique_slug(self, title: str) -> str:
        base = slug = slugify(title)
        number = 1
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.slugs.add(slug)
        return slug

    def title_for(self, shape: str, date: dt.datetime | None) -> tuple[str, str | None]:
        """Title and subtitle for a post of the given series shape."""
        if shape == "five_ws":
            run, part = divmod(self.five_ws_run, len(FIVE_WS_PARTS))
            self.five_ws_run += 1
            subject = FIVE_WS_SUBJECTS[run % len(FIVE_WS_SUBJECTS)]
            round_ = f" ({run // len(FIVE_WS_SUBJECTS) + 1})" if run >= len(FIVE_WS_SUBJECTS) else ""
            return f"The 5 W’s of Great!! {subject}{round_} – {FIVE_WS_PARTS[part]}", None
        if shape == "monthly_mash":
            self.mash_volume += 1
            when = f"{MONTHS[date.month - 1]} {date.year} " if date else ""
            return f"Monthly Mash: {self.plain_title()}", f"Volume {self.mash_volume}: {when}Mashup"
        if shape == "top_five" and date:
            return f"5 Top Customer Service Articles for the Week of {MONTHS[date.month - 1]} {date.day}, {date.year}", None
        if shape == "guest":
            return f"Guest Blog: {self.plain_title()}", None
        return self.plain_title(), None

    def shape(self) -> str:
        roll, edge = self.rng.random(), 0.0
        for shape, share in SERIES_SHARES.items():
            edge += share
            if roll < edge:
                return shape
        return "plain"

    def post(self, layout: Layout, date: dt.datetime | None) -> Post:
        title, subtitle = self.title_for(self.shape(), date)
        if layout.dated_by_subtitle and not subtitle:
            date = None
        bio = f"By {layout.author}. {self.paragraph()}" if layout.author else None
        return Post(title=title, slug=self.unique_slug(title), layout=layout, date=date,
                    date_precision=layout.precision if date else "unknown", blocks=self.body(),
                    subtitle=subtitle, tags=sorted(self.rng.sample(TAGS, self.rng.randint(1, 3))), author_bio=bio)


def layout_counts(total: int) -> list[int]:
    """How many posts each layout gets: shares of ``total``, summing exactly."""
    counts = [int(total * layout.share) for layout in LAYOUTS]
    counts[-1] += total - sum(counts)
    return counts


def generate_posts(size: int, seed: int) -> list[Post]:
    """``size`` posts: imported ones grouped by layout, then hand-written ones."""
    rng = random.Random(seed)
    factory = PostFactory(rng)
    hand_written = round(size * HAND_WRITTEN_SHARE)
    posts: list[Post] = []
    for layout, count in zip(LAYOUTS, layout_counts(size - hand_written)):
        when = FIRST_POST + dt.timedelta(days=rng.randint(0, START_SPREAD_DAYS))
        # Spread each layout's posts over the same years at any size: no future dates.
        mean_gap_minutes = (LAST_POST - when).total_seconds() / 60 / max(count, 1)
        for _ in range(count):
            when += dt.timedelta(minutes=round(rng.uniform(*GAP_SPREAD) * mean_gap_minutes))
            if layout.precision == "day":
                when = when.replace(hour=0, minute=0)
            posts.append(factory.post(layout, when if layout.precision != "unknown" else None))
    for number in range(hand_written):
        when = HAND_WRITTEN_FROM + dt.timedelta(days=number * HAND_WRITTEN_DAYS / hand_written,
                                                minutes=rng.randint(0, 500))
        title = factory.plain_title()
        posts.append(Post(title=title, slug=factory.unique_slug(title), layout=LAYOUTS[0],
                          date=when.replace(second=0, microsecond=0), date_precision="minute",
                          blocks=factory.body(), tags=sorted(rng.sample(TAGS, 2)), hand_written=True,
                          series=HAND_WRITTEN_SERIES[number % len(HAND_WRITTEN_SERIES)],
                          series_index=number // len(HAND_WRITTEN_SERIES) + 1))
    return posts
