"""Score the importer against hand-checked gold expectations.

A gold file (JSON) lists an archive's posts (title, date, precision,
authors), the line numbers that are page chrome, and phrases that must stay
in some post. ``score`` returns a ``Scores`` of fractions in [0, 1]:

posts    how close the number of posts found is to the gold count
titles   F1 of exact titles (found vs gold)
dates    gold posts found with the exact date and precision
authors  gold posts found with exactly the gold authors
chrome   gold chrome lines that were dropped
content  non-blank, non-chrome lines kept in a post (nothing else dropped)
phrases  gold phrases present in some post (title, metadata or body)

``tests/importer/test_evaluation.py`` fails when any score falls below the
recorded baseline. Run ``python -m archive_import.evaluation GOLD_DIR
ARCHIVES_DIR`` (with plugins/ on sys.path) to print the table.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from .model import ParsedArchive
from .parser import parse_archive

METRICS = ("posts", "titles", "dates", "authors", "chrome", "content", "phrases")


@dataclass
class Scores:
    posts: float
    titles: float
    dates: float
    authors: float
    chrome: float
    content: float
    phrases: float

    def as_dict(self) -> dict[str, float]:
        return {key: round(value, 4) for key, value in asdict(self).items()}


def _fraction(hits: int, total: int) -> float:
    return 1.0 if total == 0 else hits / total


def score(parsed: ParsedArchive, gold: dict, source_lines: list[str]) -> Scores:
    gold_posts = gold["posts"]
    found = {post.title: post for post in parsed.posts}
    matched = sum((Counter(p["title"] for p in gold_posts) & Counter(post.title for post in parsed.posts)).values())
    precision = _fraction(matched, len(parsed.posts))
    recall = _fraction(matched, len(gold_posts))
    titles = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    counts = (len(parsed.posts), len(gold_posts))
    posts = 1.0 if max(counts) == 0 else min(counts) / max(counts)

    dates = authors = 0
    for expected in gold_posts:
        post = found.get(expected["title"])
        if post is None:
            continue
        date = post.metadata.get("date")
        if date == expected["date"] and post.date_precision == expected["precision"]:
            dates += 1
        if list(post.authors) == list(expected["authors"]):
            authors += 1

    dropped = {item.line for item in parsed.dropped}
    chrome_gold = set(gold["chrome_lines"])
    chrome = _fraction(len(chrome_gold & dropped), len(chrome_gold))
    content_lines = {n for n, text in enumerate(source_lines, start=1) if text.strip()} - chrome_gold
    content = _fraction(len(content_lines - dropped), len(content_lines))

    texts = [post.body.replace("\\", "") + " ".join(post.metadata.values()) for post in parsed.posts]
    phrases = sum(1 for phrase in gold.get("kept_phrases", []) if any(phrase in text for text in texts))
    return Scores(posts, titles, _fraction(dates, len(gold_posts)), _fraction(authors, len(gold_posts)),
                  chrome, content, _fraction(phrases, len(gold.get("kept_phrases", []))))


def evaluate(gold_dir: Path, archives_dir: Path) -> dict[str, dict[str, float]]:
    """Scores per archive plus their mean under ``"mean"``."""
    from .decoding import decode

    results: dict[str, dict[str, float]] = {}
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        data = (Path(archives_dir) / gold["archive"]).read_bytes()
        parsed = parse_archive(data, gold["archive"])
        results[gold["archive"]] = score(parsed, gold, decode(data).lines).as_dict()
    if results:
        results["mean"] = {metric: round(sum(r[metric] for r in results.values()) / len(results), 4)
                           for metric in METRICS}
    return results


def table(results: dict[str, dict[str, float]]) -> str:
    width = max([len(name) for name in results] + [7])
    lines = ["archive".ljust(width) + "".join(f"{metric:>9}" for metric in METRICS)]
    for name, row in results.items():
        lines.append(name.ljust(width) + "".join(f"{row[metric]:>9.3f}" for metric in METRICS))
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(evaluate(Path(sys.argv[1]), Path(sys.argv[2]))))
