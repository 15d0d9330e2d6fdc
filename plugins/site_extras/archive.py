"""The archives page's data: posts grouped by year and month, and a chart of posts per month.

The chart is an inline SVG drawn here at build time, so the page needs no
script; colours come from the stylesheet through CSS classes.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

# Room under the bars for the year labels (14-unit text, set in the stylesheet), in SVG user units.
LABEL_HEIGHT = 20
# Bars never get thinner than this, however many months there are, or they vanish.
MIN_BAR_WIDTH = 2
# A gap between bars keeps neighbouring months apart; a fraction of a slot.
BAR_GAP_RATIO = 0.2
# Bars never get wider than this, so a young blog's few months don't look like a wall.
MAX_SLOT_WIDTH = 24
# Label every January, but skip years when labels would collide: a 14-unit
# "2015" is about 35 units wide, so keep starts at least 44 apart.
MIN_LABEL_SPACING = 44


@dataclass
class MonthGroup:
    year: int
    month: int
    articles: list = field(default_factory=list)

    @property
    def name(self):
        return date(self.year, self.month, 1).strftime("%B")

    @property
    def anchor(self):
        return f"{self.year}-{self.month:02d}"


@dataclass
class YearGroup:
    year: int
    months: list = field(default_factory=list)
    # Posts known only to their year, listed after the months.
    year_only: list = field(default_factory=list)

    @property
    def count(self):
        return len(self.year_only) + sum(len(month.articles) for month in self.months)


def group_by_period(articles):
    """(years newest first, undated articles); each group keeps the given article order."""
    years = {}
    months = {}
    undated = []
    for article in articles:
        precision = getattr(article, "date_precision", "unknown")
        if precision == "unknown":
            undated.append(article)
            continue
        year = article.date.year
        group = years.setdefault(year, YearGroup(year))
        if precision == "year":
            group.year_only.append(article)
            continue
        key = (year, article.date.month)
        if key not in months:
            months[key] = MonthGroup(*key)
            group.months.append(months[key])
        months[key].articles.append(article)
    ordered = sorted(years.values(), key=lambda group: -group.year)
    for group in ordered:
        group.months.sort(key=lambda month: -month.month)
    return ordered, undated


def month_span(first, last):
    year, month = first
    while (year, month) <= last:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def chart_svg(articles, width, height):
    """An accessible bar chart of posts per month, or "" when nothing is dated to the month."""
    counts = Counter(
        (article.date.year, article.date.month)
        for article in articles
        if getattr(article, "date_precision", "unknown") in ("minute", "day", "month")
    )
    if not counts:
        return ""
    months = list(month_span(min(counts), max(counts)))
    slot = min(MAX_SLOT_WIDTH, max(MIN_BAR_WIDTH / (1 - BAR_GAP_RATIO), width / len(months)))
    total_width = max(width, round(slot * len(months), 2))
    tallest = max(counts.values())
    first_year, last_year = months[0][0], months[-1][0]
    period = str(first_year) if first_year == last_year else f"{first_year}–{last_year}"
    title = f"Posts per month, {period}"
    parts = [
        f'<svg class="archive-chart" viewBox="0 0 {total_width:g} {height + LABEL_HEIGHT}" '
        f'role="img" aria-labelledby="archive-chart-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="archive-chart-title">{escape(title)}</title>',
    ]
    last_label_x = None
    for position, (year, month) in enumerate(months):
        x = round(position * slot, 2)
        count = counts.get((year, month), 0)
        if count:
            bar_height = max(1.0, round(height * count / tallest, 2))
            label = f"{date(year, month, 1):%B %Y}: {count} post{'s' if count != 1 else ''}"
            parts.append(
                f'<rect class="archive-chart__bar" x="{x:g}" y="{height - bar_height:g}" '
                f'width="{round(slot * (1 - BAR_GAP_RATIO), 2):g}" height="{bar_height:g}">'
                f"<title>{escape(label)}</title></rect>"
            )
        if month == 1 or position == 0:
            if last_label_x is None or x - last_label_x >= MIN_LABEL_SPACING:
                parts.append(
                    f'<text class="archive-chart__label" x="{x:g}" y="{height + LABEL_HEIGHT - 3}">'
                    f"{year}</text>"
                )
                last_label_x = x
    parts.append(f'<line class="archive-chart__axis" x1="0" y1="{height}" x2="{total_width:g}" y2="{height}"/>')
    parts.append("</svg>")
    return "".join(parts)
