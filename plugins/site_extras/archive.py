"""The archives page's data: posts grouped by year and month, and a chart of posts per year.

The chart is HTML: one row per year with its count written out, a link to
the year, and a bar whose length is drawn by a tiny inline SVG (the
Content-Security-Policy forbids inline styles). Counts are text, never
hover-only, and labels use the page's own type sizes.
"""

from dataclasses import dataclass, field
from datetime import date

# A chart of one year carries no information.
MIN_CHART_YEARS = 2
# A year with a single post still gets a bar a reader can see.
MIN_BAR_PERCENT = 2


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


@dataclass(frozen=True)
class YearBar:
    """One row of the archives chart: a year, its posts, and its bar's share of the busiest year."""

    year: int
    count: int
    percent: int


def year_bars(years):
    """Rows for the posts-per-year chart, newest first, or [] when one year (or none)
    is all there is: a single bar says nothing the year's own heading does not."""
    counted = [group for group in years if group.count]
    if len(counted) < MIN_CHART_YEARS:
        return []
    busiest = max(group.count for group in counted)
    return [YearBar(group.year, group.count, max(MIN_BAR_PERCENT, round(100 * group.count / busiest)))
            for group in counted]
