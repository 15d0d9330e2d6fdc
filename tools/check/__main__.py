"""``make check``: run every quality gate over a built site.

Usage: python -m tools.check [--skip NAME ...] [--site-url URL] OUTPUT_DIR

Prints each problem as ``<page>: <problem>`` on stdout, a one-line tally
per check on stderr, and exits 1 when there is any problem (2 when the
output folder is missing).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from tools.check import budget, determinism, feeds, html_validation, links, outside_requests, sitemap
from tools.check.site import BuiltOutput

# name -> how to run it; every check returns a list of Findings.
CHECKS = {
    "html": lambda site, options: html_validation.check(site),
    "links": lambda site, options: links.check(site),
    "feeds": lambda site, options: feeds.check(site),
    "sitemap": lambda site, options: sitemap.check(site, site_url=options.site_url),
    "outside": lambda site, options: outside_requests.check(site),
    "budget": lambda site, options: budget.check(site),
    "determinism": lambda site, options: determinism.check(settings=options.settings),
}


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="python -m tools.check", description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="the built site, e.g. output/")
    parser.add_argument("--skip", action="append", default=[], choices=sorted(CHECKS),
                        help="leave out a check (repeatable), e.g. --skip determinism")
    parser.add_argument("--site-url", default=None,
                        help="the published address (SITEURL) of a build with absolute URLs: links under it "
                             "are checked as the site's own, and sitemap.xml URLs must start with it "
                             "(default: relative links only; sitemap base taken from the home page's <loc>)")
    parser.add_argument("--settings", default="pelicanconf.py",
                        help="settings file the determinism check builds with (default: pelicanconf.py)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = parse_arguments(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if not (options.output / "index.html").is_file():
        print(f"error: {options.output} holds no built site (no index.html); run `make html` first", file=sys.stderr)
        return 2
    site = BuiltOutput(options.output, site_url=options.site_url)
    total = 0
    for name, run in CHECKS.items():
        if name in options.skip:
            print(f"check {name}: skipped", file=sys.stderr)
            continue
        started = time.monotonic()
        findings = sorted(set(run(site, options)))
        for finding in findings:
            print(finding, flush=True)
        total += len(findings)
        print(f"check {name}: {len(findings)} problem(s) in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
    heaviest = budget.heaviest(site)
    if heaviest is not None:
        print(f"budget: heaviest article {heaviest.page} is {heaviest.total:,} bytes of HTML+CSS+JS "
              f"(limit {budget.ARTICLE_BUDGET_BYTES:,})", file=sys.stderr)
    pages = len(site.html_files())
    print(f"make check: {total} problem(s) across {pages} pages" if total
          else f"make check: all checks passed ({pages} pages)", file=sys.stderr)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
