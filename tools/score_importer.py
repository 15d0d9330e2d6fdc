"""Score the archive importer against the hand-written gold of a corpus, per field.

    python -m tools.score_importer [CORPUS_DIR] [--split dev|heldout] [--by layout|archive] [--json]

A corpus item is ``<stem>.txt`` plus its gold ``<stem>.json`` (format in
``tests/importer/corpus/README.md``). A gold post counts as *found* only
when one imported post holds its first and last body sentence and no other
gold post's. Fields are scored on found posts; chrome and lost sentences
over the whole archive. ``tests/importer/test_corpus.py`` refuses any
regression against ``tests/importer/corpus_baseline.json``.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from archive_import import parse_archive  # noqa: E402
from archive_import.model import ArchiveConfig  # noqa: E402

CORPUS = ROOT / "tests" / "importer" / "corpus"
FIELDS = ("found", "titles", "dates", "authors", "series")
# Part orders up to this are part numbers; larger ones are dates (ordinal days), ranked instead.
MAX_PART_NUMBER = 1000
_MARKERS = re.compile(r"^(?:#+\s+|[-*+>]\s+|\d+[.)]\s+|[•·▪◦‣●○■□➢►✓✔–—]\s*)+")
_SPACE = re.compile(r"\s+")
# "By Jane Doe. Jane Doe is ...": the importer keeps the bio as Author_bio without its "By Jane Doe." lead.
# A feed's XML shows a post's HTML: a reader sees its text, not "<p>".
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<!\[CDATA\[|\]\]>")
# ... and a JSON export's key line shows its string: '"content_text": "First line.\n\nSecond.",'.
_JSON_VALUE = re.compile(r'^\s*"[\w:.-]{1,60}"\s*:\s*"(?P<value>.*)",?\s*$')
_KEY_PREFIX = re.compile(r"^\w+:\s*")
_LIFTED_BYLINE = re.compile(r"^By [^.]{2,60}\.\s+")


def normal(text: str) -> str:
    """Text as a reader sees it: no Markdown escapes or markers, entities decoded, spaces collapsed."""
    json_value = _JSON_VALUE.match(text)
    if json_value:  # a JSON export's '"html": "<p>…</p>",' reads as its string's text
        text = json_value["value"].replace("\\n", " ").replace('\\"', '"')
    text = text.replace("\\", "")
    for _ in range(2):  # HTML escaped inside a feed's XML ("&lt;p&gt;…") reads as its text too
        text = html.unescape(_HTML_TAG.sub(" ", text))
    text = text.replace("\u200b", "")  # a zero-width space shows nothing
    text = _MARKERS.sub("", text.strip())
    return _SPACE.sub(" ", text.replace("*", "").replace("_", "")).strip()


def body_lines(markdown: str) -> list[str]:
    return [normal(line) for line in markdown.split("\n") if normal(line)]


@dataclass
class Tally:
    gold_posts: int = 0
    found: int = 0
    titles: int = 0
    dates: int = 0
    authors: int = 0
    series: int = 0
    series_total: int = 0
    extra_posts: int = 0
    split_errors: int = 0
    chrome_in_bodies: int = 0
    body_lines: int = 0
    lost_lines: int = 0
    comments_missed: int = 0  # reader comments the gold counts that no thread held

    def add(self, other: "Tally") -> None:
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)

    def ratios(self) -> dict[str, float]:
        def ratio(hits: int, total: int) -> float:
            return 1.0 if total == 0 else round(hits / total, 4)
        out = {field: ratio(getattr(self, field), self.gold_posts) for field in FIELDS if field != "series"}
        out["series"] = ratio(self.series, self.series_total)
        out.update(extra_posts=self.extra_posts, split_errors=self.split_errors,
                   chrome_in_bodies=self.chrome_in_bodies, lost_lines=self.lost_lines,
                   comments_missed=self.comments_missed)
        return out


def _config(gold: dict, toml: Path | None = None) -> ArchiveConfig:
    """The archive's settings: its gold's ``config``, or its table in an ``archives.toml``."""
    if toml is not None:
        from archive_import.settings import config_for, load_archive_configs
        tables, _ = load_archive_configs(str(toml))
        return config_for(gold["archive"], tables, {}, str(toml))[0]
    config = ArchiveConfig()
    for key, value in (gold.get("config") or {}).items():
        setattr(config, key, value)
    return config


def _match(gold_posts: list[dict], posts) -> dict[int, object]:
    """Gold post index → the imported post that holds it whole and alone."""
    texts = [" \n ".join(body_lines(post.body + "\n" + post.metadata.get("author_bio", ""))) for post in posts]
    matched: dict[int, object] = {}
    used: set[int] = set()
    for g, expected in enumerate(gold_posts):
        first, last = normal(expected["first"]), normal(expected["last"])
        others = [normal(o[k]) for o2, o in enumerate(gold_posts) if o2 != g for k in ("first", "last")]
        holders = [k for k, text in enumerate(texts) if k not in used and first in text and last in text
                   and not any(other and other in text for other in others if other not in (first, last))]
        # Posts of one series may share their opening and closing words: the title decides.
        titled = [k for k in holders if same_title(posts[k].title, expected["title"])]
        if holders:
            chosen = (titled or holders)[0]
            matched[g] = posts[chosen]
            used.add(chosen)
    return matched


def same_title(found: str, wanted: str | None) -> bool:
    return wanted is not None and " ".join(found.split()) == " ".join(wanted.split())


def _series_rules():
    """The site's own series rules (``SERIES["known"]`` in pelicanconf.py), for the seeds."""
    from series.settings import load_settings
    import runpy
    return load_settings(runpy.run_path(str(ROOT / "pelicanconf.py"))).rules


def _series_groups(posts, rules=()) -> dict[object, tuple[str, int]]:
    try:
        from series.detection import SeriesCandidate, detect_series
    except ImportError:
        return {}
    candidates = [SeriesCandidate(key=id(post), title=post.title, subtitle=post.metadata.get("subtitle"),
                                  source=post.metadata.get("source_name") or "archive", date=post.date)
                  for post in posts]
    by_name: dict[str, list] = defaultdict(list)
    dates = {id(post): post.date for post in posts}
    for key, assignment in detect_series(candidates, rules).items():
        by_name[assignment.series_key].append(assignment)
    found = {}
    for members in by_name.values():
        # Natural order of part labels, then date, as the series pages show them;
        # small part numbers (Part 2, "When" = 3rd of the planned parts) are the number.
        members.sort(key=lambda a: (a.part_order if a.part_order is not None else 10**9,
                                    str(dates.get(a.key) or "")))
        numbered = all(a.part_order is not None and a.part_order <= MAX_PART_NUMBER for a in members)
        for rank, assignment in enumerate(members, start=1):
            found[assignment.key] = (assignment.series_key, assignment.part_order if numbered else rank)
    return found


def score_archive(txt: Path, gold: dict, toml: Path | None = None, rules=()) -> Tally:
    parsed = parse_archive(txt.read_bytes(), txt.name, _config(gold, toml))
    gold_posts = gold["posts"]
    tally = Tally(gold_posts=len(gold_posts))
    matched = _match(gold_posts, parsed.posts)
    tally.found = len(matched)
    tally.extra_posts = max(0, len(parsed.posts) - len(matched))
    tally.split_errors = (len(gold_posts) - len(matched)) + tally.extra_posts
    groups = _series_groups(parsed.posts, rules)
    gold_series = defaultdict(set)
    for g, expected in enumerate(gold_posts):
        if expected.get("series"):
            gold_series[expected["series"]].add(g)
    for g, post in matched.items():
        expected = gold_posts[g]
        wanted_title = expected["title"]
        tally.titles += same_title(post.title, wanted_title) if wanted_title else ("review" in post.metadata)
        date = post.metadata.get("date")
        tally.dates += date == expected["date"] and post.date_precision == expected["precision"]
        tally.authors += list(post.authors) == list(expected["authors"])
    for name, members in gold_series.items():
        for g in members:
            tally.series_total += 1
            post = matched.get(g)
            if post is None or id(post) not in groups:
                continue
            series_name = groups[id(post)][0]
            mates = {h for h, other in matched.items() if groups.get(id(other), ("",))[0] == series_name}
            tally.series += mates == members and groups[id(post)][1] == gold_posts[g].get("part")
    for g, expected in enumerate(gold_posts):
        if not expected.get("series"):
            post = matched.get(g)
            tally.series_total += 1
            tally.series += post is not None and id(post) not in groups
    _score_lines(txt, gold, parsed, tally)
    tally.comments_missed = max(0, gold.get("comments", 0) - parsed.comments)
    return tally


def _score_lines(txt: Path, gold: dict, parsed, tally: Tally) -> None:
    bodies = [set(body_lines(post.body)) for post in parsed.posts]
    everything = " \n ".join(" \n ".join(body_lines(post.body)) + " \n " + " \n ".join(
        normal(str(value)) for value in post.metadata.values()) for post in parsed.posts)
    known = {normal(line) for line in gold.get("image_text", [])}
    titles = {normal(p["title"]) for p in gold["posts"] if p.get("title")} | {
        normal(p["subtitle"]) for p in gold["posts"] if p.get("subtitle")}
    chrome = {normal(line) for line in gold["chrome"]}
    body_text = set()
    from archive_import.decoding import decode
    for line in decode(txt.read_bytes()).lines:
        text = normal(line)
        if text and text not in chrome and text not in known and text not in titles \
                and _KEY_PREFIX.sub("", text) not in titles:  # "Title: X" is the title line of an export
            body_text.add(text)
    for line in chrome - body_text - titles - known:
        tally.chrome_in_bodies += sum(1 for body in bodies if line in body)
    tally.body_lines += len(body_text)
    lines_kept = set().union(*bodies) if bodies else set()
    tally.lost_lines += sum(1 for text in body_text if not _kept(text, everything, lines_kept))


SEED_GOLD = ROOT / "tests" / "importer" / "seeds"
SEED_ARCHIVES = ROOT / "content" / "archives"


# Lines this short must be kept as lines of their own: "Listen" inside another word proves nothing.
MIN_SUBSTRING_WORDS = 5


def _kept(text: str, everything: str, lines_kept: set[str]) -> bool:
    if len(text.split()) < MIN_SUBSTRING_WORDS:
        return text in lines_kept or f" \n {text} \n " in f" \n {everything} \n "
    return text in everything or _LIFTED_BYLINE.sub("", text) in everything


def score(corpus: Path, split: str | None = None) -> dict[str, dict]:
    """Tallies per archive (with its layout and split): the corpus, and the seeds as split "seed"."""
    results = {}
    sources = [(path, path.with_suffix(".txt"), None, ()) for path in sorted(corpus.glob("*.json"))]
    if split in (None, "seed"):
        rules = _series_rules()
        sources += [(path, SEED_ARCHIVES / f"{path.stem}.txt", SEED_ARCHIVES / "archives.toml", rules)
                    for path in sorted(SEED_GOLD.glob("*.json"))]
    for gold_path, txt, toml, rules in sources:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if split and gold["split"] != split:
            continue
        results[gold["archive"]] = {"layout": gold["layout"], "split": gold["split"],
                                    "tally": score_archive(txt, gold, toml, rules)}
    return results


def summary(results: dict[str, dict], by: str = "split") -> dict[str, dict]:
    groups: dict[str, Tally] = defaultdict(Tally)
    for name, item in results.items():
        key = name if by == "archive" else item[by]
        groups[key].add(item["tally"])
    return {key: tally.ratios() for key, tally in sorted(groups.items())}


def table(rows: dict[str, dict]) -> str:
    columns = [*FIELDS, "extra_posts", "split_errors", "chrome_in_bodies", "lost_lines", "comments_missed"]
    width = max([len(key) for key in rows] + [6])
    out = ["".ljust(width) + "".join(f"{c[:9]:>10}" for c in columns)]
    for key, row in rows.items():
        out.append(key.ljust(width) + "".join(
            f"{row[c]:>10.3f}" if isinstance(row[c], float) else f"{row[c]:>10}" for c in columns))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--split", choices=("dev", "heldout", "seed"))
    parser.add_argument("--by", choices=("split", "layout", "archive"), default="split")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = summary(score(Path(args.corpus), args.split), args.by)
    print(json.dumps(rows, indent=2) if args.json else table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
