"""`make html`: check the set-up, empty the output folder, then run Pelican.

Usage: python -m tools.build [pelican arguments ...]

The importer and the search indexer are Pelican plugins, so one Pelican
run imports new archives, writes the site and indexes it. A full build
(not ``--autoreload``/``--listen``, not a warm build that loads Pelican's
content cache, whose render cache reuses output/) starts from an empty output folder, so
no page or search entry of a removed post survives; the folder is emptied
only when it cannot hold anything else (not the project, ``content/``, a
home folder or a git checkout).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys

from tools.preflight import Problem, load_settings_file, run_all

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIVE_FLAGS = {"-r", "--autoreload", "-l", "--listen"}


def arguments(argv: list[str]) -> argparse.Namespace:
    """The settings file, content and output folders among Pelican's arguments."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("path", nargs="?")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-o", "--output")
    for option in (("-t", "--theme-path"), ("-p", "--port"), ("-b", "--bind"),
                   ("--fatal",), ("--log-handler",), ("--cache-path",)):
        parser.add_argument(*option)
    parser.add_argument("-e", "--extra-settings", nargs="*")
    known, _ = parser.parse_known_args(argv)
    return known


def settings_path_from(argv: list[str]) -> str:
    return arguments(argv).settings


def output_folder(known: argparse.Namespace) -> str:
    if known.output:
        return os.path.realpath(known.output)
    settings, _ = load_settings_file(known.settings)
    return os.path.realpath(settings.get("OUTPUT_PATH", "output"))


def empty_output(output: str, content: str | None) -> list[Problem]:
    """Remove everything in ``output`` if it is safe to; a problem otherwise."""
    if not os.path.isdir(output):
        return []
    keep = [ROOT, os.getcwd(), os.path.expanduser("~"), os.path.realpath(content or os.path.join(ROOT, "content"))]
    for place in keep:
        place = os.path.realpath(place)
        if os.path.commonpath([output, place]) == output:
            return [Problem(output, f"will not empty this output folder before building: it holds {place}; "
                                    "choose another folder with -o (OUTPUTDIR=...)")]
    if os.path.exists(os.path.join(output, ".git")) or output == os.path.dirname(output):
        return [Problem(output, "will not empty this output folder: it is a git checkout or the root")]
    for entry in os.scandir(output):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)
    return []


def full_build(argv: list[str], known: argparse.Namespace) -> bool:
    """True unless this is a live or warm build, which reuses what output/ holds."""
    if LIVE_FLAGS.intersection(argv):
        return False
    extra = {item.split("=", 1)[0]: item.split("=", 1)[-1].strip().lower() for item in known.extra_settings or ()}
    if "LOAD_CONTENT_CACHE" in extra:
        return extra["LOAD_CONTENT_CACHE"] not in ("true", "1")
    settings, _ = load_settings_file(known.settings)
    return not settings.get("LOAD_CONTENT_CACHE")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    known = arguments(argv)
    problems = run_all(known.settings, os.path.join(ROOT, "requirements.txt"), known.path)
    if not problems and full_build(argv, known):
        problems = empty_output(output_folder(known), known.path)
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        print("The site was not built.", file=sys.stderr)
        return 2

    from pelican import main as pelican_main

    if LIVE_FLAGS.intersection(argv):
        from tools.live import prepare

        prepare(known.path)
    try:
        pelican_main(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
