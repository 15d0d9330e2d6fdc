"""Synthetic posts with the shapes of the five real archives.

Text comes from ``content/archives/*.txt``: their sentences are reshuffled
into new paragraphs, their short lines become titles.  Each post belongs
to one of five *source styles* that copy how a real archive lays posts
out (chrome lines, where the date sits, whether there is one at all), so
the importer meets the same problems it meets on real input.

Everything is drawn from one ``random.Random(seed)``: the same seed and
size give the same posts, in the same order, every time.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_ARCHIVES = ROOT / "content" / "archives"

# Lines of the real archives that are page furniture, not prose: never
# reused as titles or sentences.
CHROME_LINES = {
    "Shares", "follow me on:", "Leave a Comment:", "Add Your Reply",
    "Share on Twitter", "Enhanced by Zemanta", "Customers That Stick®",
}
# Chrome that varies from post to post (per-post footers, page headers) and
# series title shapes the generator writes itself: kept out of the pools.
CHROME_PATTERN = re.compile(
    r"appeared first on|•|^Published on|, page \d+$|^Archive for|^Category Archives"
    r"|^About the Author|^By [A-Z]\w+ [A-Z]\w+\.|Copyright ©|Shep Hyken is a"
    r"|for the Week of|^Guest Blog|Monthly Mash|5 W’s", re.IGNORECASE)
MONTH_WORDS = ("January February March April May June July August September "
               "October November December").split()
DATE_LIKE = re.compile(r"\b(?:%s)\b.*\d{4}" % "|".join(MONTH_WORDS))
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")

# A paragraph line shorter than this is a heading or chrome, not prose.
MIN_PROSE_CHARS = 60
# Titles in the archives run from three to twelve words.
TITLE_WORDS = (3, 12)
# The archives give only ~65 titles; joining two ("A – B", a real shape)
# keeps repeated titles rare at 10,000 posts.
COMPOUND_TITLE_SHARE = 0.7
# Sentences per generated paragraph and paragraphs per post: the real
# archives' posts run from a short note to a long feature.
SENTENCES_PER_PARAGRAPH = (1, 5)
PARAGRAPHS_PER_POST = (2, 9)
# Share of posts with a bullet list / a numbered list (both occur in the
# real archives: the Monthly Mash link list, Shep Hyken's steps).
BULLET_LIST_SHARE = 0.25
NUMBERED_LIST_SHARE = 0.15
# Share of paragraphs holding text that looks like markup: the archives
# are plain text, so the importer must escape it (standards: shows as written).
MARKUP_LOOKALIKE_SHARE = 0.01
MARKUP_LOOKALIKES = (
    "Reply with <b>YES</b> to confirm & we’ll call you.",
    "Rule #1: the *customer* is not always right, but always the customer.",
    "Type [help] or __support__ into the chat box.",
)
# Share of posts in each recurring series shape (the rest are one-offs).
SERIES_SHARES = {"five_ws": 0.06, "monthly_mash": 0.05, "top_five": 0.08, "guest": 0.04}
FIVE_WS_PARTS = ("Who", "What", "When", "Where", "Why", "How")
FIVE_WS_SUBJECTS = ("Service", "Support", "Onboarding", "Retail", "Hospitality",
                    "Call Centers", "Complaints", "Loyalty")
# Hand-written posts (content/posts, with Series: by hand) among the total.
HAND_WRITTEN_SHARE = 0.02
HAND_WRITTEN_SERIES = ("Notes from the Help Desk", "Service Recovery Diaries")
TAGS = ("customer experience", "complaints", "social media", "employees",
        "leadership", "training", "loyalty", "internal customers", "apologies",
        "consistency")


@dataclass(frozen=True)
class Source:
    """How one real blog lays its posts out in an archive."""

    key: str
    name: str
    author: str | None
    share: float            # of all imported posts
    posts_per_file: int     # 1 = one archive per post (a single post page)
    date_precision: str     # what its date lines carry ("unknown": none)
    url: str | None = None


# One row per real archive in content/archives (same order).
SOURCES = (
    Source("cts", "Customers That Stick", "Adam Toporek", 0.10, 1, "month",
           "https://customersthatstick.com/"),
    Source("jeff", "Jeff’s Customer Service Archive", None, 0.25, 20, "day"),
    Source("tablet", "A Customer Service Notebook", None, 0.125, 20, "unknown"),
    Source("manifesto", "Great Customer Service", None, 0.125, 20, "unknown"),
    Source("shep", "Shep Hyken's Blog", "Shep Hyken", 0.40, 8, "minute",
           "https://hyken.com/"),
)


@dataclass
class Block:
    """A piece of a post body: a paragraph or a list."""

    kind: str                     # "paragraph" | "bullets" | "numbered"
    lines: list[str]


@dataclass
class Post:
    title: str
    slug: str
    source: Source
    date: dt.datetime | None
    date_precision: str
    blocks: list[Block]
    tags: list[str]
    subtitle: str | None = None
    archive: str = ""             # archive file name (set when laid out)
    order: int = 0                # 1-based position in its archive
    series: str | None = None     # hand-written posts only
    series_index: int | None = None
    hand_written: bool = False
    author_bio: str | None = None


@dataclass
class TextPools:
    """Raw material lifted from the real archives."""

    sentences: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    @classmethod
    def from_archives(cls, folder: Path = REAL_ARCHIVES) -> "TextPools":
        pools = cls()
        seen_titles = set()
        for path in sorted(folder.glob("*.txt")):
            for raw in path.read_text(encoding="utf-8").splitlines():
                line = raw.strip().lstrip("•").strip()
                if (not line or line in CHROME_LINES or CHROME_PATTERN.search(line)
                        or DATE_LIKE.search(line) and len(line) < 40):
                    continue
                words = line.split()
                if len(line) >= MIN_PROSE_CHARS:
                    pools.sentences.extend(s.strip() for s in SENTENCE_END.split(line)
                                           if len(s) > 20 and not CHROME_PATTERN.search(s))
                elif (TITLE_WORDS[0] <= len(words) <= TITLE_WORDS[1]
                      and line[-1] not in ".:,;" and line not in seen_titles):
                    seen_titles.add(line)
                    pools.titles.append(line)
        if not pools.sentences or not pools.titles:
            raise ValueError(f"no usable text in {folder}/*.txt")
        return pools


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("’", "")).strip("-")
    return slug[:60].rstrip("-") or "post"


class PostFactory:
    """Draws posts one by one; keeps counters so series number on."""

    def __init__(self, rng: random.Random, pools: TextPools):
        self.rng = rng
        self.pools = pools
        self.slugs: set[str] = set()
        self.title_uses: dict[str, int] = {}
        self.mash_volume = 0
        self.five_ws_run = 0

    def unique_slug(self, title: str) -> str:
        base = slugify(title)
        slug, n = base, 1
        while slug in self.slugs:
            n += 1
            slug = f"{base}-{n}"
        self.slugs.add(slug)
        return slug

    def paragraph(self) -> str:
        rng = self.rng
        sentences = [rng.choice(self.pools.sentences) for _ in range(rng.randint(*SENTENCES_PER_PARAGRAPH))]
        if rng.random() < MARKUP_LOOKALIKE_SHARE:
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(MARKUP_LOOKALIKES))
        return " ".join(sentences)

    def body(self) -> list[Block]:
        rng = self.rng
        blocks = [Block("paragraph", [self.paragraph()]) for _ in range(rng.randint(*PARAGRAPHS_PER_POST))]
        for kind, share in (("bullets", BULLET_LIST_SHARE), ("numbered", NUMBERED_LIST_SHARE)):
            if rng.random() < share:
                items = [rng.choice(self.pools.sentences) for _ in range(rng.randint(3, 7))]
                blocks.insert(rng.randint(1, len(blocks)), Block(kind, items))
        return blocks

    def plain_title(self) -> str:
        title = self.rng.choice(self.pools.titles)
        if self.rng.random() < COMPOUND_TITLE_SHARE:
            title = f"{title} – {self.rng.choice(self.pools.titles)}"
        uses = self.title_uses.get(title, 0) + 1
        self.title_uses[title] = uses
        return title if uses == 1 else f"{title}, Take {uses}"

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
            when = f"{MONTH_WORDS[date.month - 1]} {date.year} " if date else ""
            return (f"Monthly Mash: {self.plain_title()}",
                    f"Volume {self.mash_volume}: {when}Mashup")
        if shape == "top_five" and date:
            return (f"5 Top Customer Service Articles for the Week of "
                    f"{MONTH_WORDS[date.month - 1]} {date.day}, {date.year}"), None
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

    def post(self, source: Source, date: dt.datetime | None) -> Post:
        title, subtitle = self.title_for(self.shape(), date)
        precision = source.date_precision if date else "unknown"
        if source.key == "cts" and not subtitle:
            # Customers That Stick dates only its Monthly Mash (via the subtitle).
            date, precision = None, "unknown"
        bio = (f"By {source.author}. {self.paragraph()}" if source.author and source.key == "cts" else None)
        return Post(title=title, slug=self.unique_slug(title), source=source, date=date,
                    date_precision=precision, blocks=self.body(), subtitle=subtitle,
                    tags=sorted(self.rng.sample(TAGS, self.rng.randint(1, 3))), author_bio=bio)


# Imported posts are dated between these (the real archives run 2009-2020);
# a dated post in the future would be skipped by Hugo, not by Pelican.
FIRST_POST = dt.datetime(2009, 1, 5, 9, 0)
LAST_POST = dt.datetime(2023, 12, 1, 9, 0)
# Hand-written posts follow, over about a year and a half.
HAND_WRITTEN_FROM = dt.datetime(2024, 1, 1, 8, 30)
HAND_WRITTEN_DAYS = 330


def source_counts(total: int) -> list[int]:
    """How many posts each source gets: shares of ``total``, summing exactly."""
    counts = [int(total * source.share) for source in SOURCES]
    counts[-1] += total - sum(counts)
    return counts


def generate_posts(size: int, seed: int, pools: TextPools | None = None) -> list[Post]:
    """``size`` posts: imported ones grouped by source, then hand-written ones."""
    rng = random.Random(seed)
    factory = PostFactory(rng, pools or TextPools.from_archives())
    hand_written = round(size * HAND_WRITTEN_SHARE)
    posts: list[Post] = []
    for source, count in zip(SOURCES, source_counts(size - hand_written)):
        when = FIRST_POST + dt.timedelta(days=rng.randint(0, 300))
        # Spread each source's posts over the same years at any size: no future dates.
        mean_gap_minutes = (LAST_POST - when).total_seconds() / 60 / max(count, 1)
        for _ in range(count):
            when += dt.timedelta(minutes=round(rng.uniform(0.5, 1.5) * mean_gap_minutes))
            dated = source.date_precision != "unknown"
            if source.date_precision == "day":
                when = when.replace(hour=0, minute=0)
            posts.append(factory.post(source, when if dated else None))
    for i in range(hand_written):
        when = HAND_WRITTEN_FROM + dt.timedelta(days=i * HAND_WRITTEN_DAYS / hand_written,
                                                minutes=rng.randint(0, 500))
        when = when.replace(second=0, microsecond=0)
        post = factory.post(SOURCES[0], when)
        post.title = factory.plain_title()
        post.slug = factory.unique_slug(post.title)
        post.subtitle, post.author_bio = None, None
        post.date, post.date_precision = when, "minute"
        post.hand_written = True
        post.series = HAND_WRITTEN_SERIES[i % len(HAND_WRITTEN_SERIES)]
        post.series_index = i // len(HAND_WRITTEN_SERIES) + 1
        posts.append(post)
    return posts
