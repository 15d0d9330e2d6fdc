"""`make html`: check the set-up, then run Pelican with the arguments given.

Usage: python -m tools.build [pelican arguments ...]

The importer and the search indexer are Pelican plugins, so one Pelican
run imports new archives, writes the site and indexes it.
"""

from __future__ import annotations

import argparse
import os
import sys

from tools.preflight import run_all

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def settings_path_from(argv: list[str]) -> str:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    known, _ = parser.parse_known_args(argv)
    return known.settings


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    settings_path = settings_path_from(argv)
    problems = run_all(settings_path, os.path.join(ROOT, "requirements.txt"))
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        print("The site was not built.", file=sys.stderr)
        return 2

    from pelican import main as pelican_main

    try:
        pelican_main(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
