"""Child process: a Pelican build that counts what it reads and parses.

``python -m bench.audit_step CONTENT OUTPUT [pelican arguments ...]``

Plugins must not re-read or re-parse what Pelican already holds.  A
Python audit hook sees every ``open()``: it counts reads of the content
folder's Markdown files and reads of HTML already written to the output
folder; a wrapper counts Markdown conversions.  Prints one JSON line.
Counting costs time, so this build is never one of the timed ones.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter


def main(argv: list[str]) -> int:
    content, output = os.path.realpath(argv[0]), os.path.realpath(argv[1])
    content_reads: Counter = Counter()
    output_reads: Counter = Counter()

    def hook(event, args):
        if event != "open" or not isinstance(args[0], str):
            return
        path, mode = args[0], args[1] or "r"
        if "r" not in str(mode) or "+" in str(mode):
            return
        real = os.path.realpath(path)
        if real.startswith(content + os.sep) and real.endswith(".md"):
            content_reads[real] += 1
        elif real.startswith(output + os.sep) and real.endswith(".html"):
            output_reads[real] += 1

    import markdown

    conversions = Counter()
    original = markdown.Markdown.convert

    def counting_convert(self, source):
        conversions["markdown"] += 1
        return original(self, source)

    markdown.Markdown.convert = counting_convert
    sys.addaudithook(hook)
    from pelican import main as pelican_main

    code = 0
    try:
        pelican_main([argv[0], "-o", argv[1], *argv[2:]])
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 0
    files = len(content_reads)
    print(json.dumps({
        "markdown_files_read": files,
        "markdown_reads": sum(content_reads.values()),
        "most_reads_of_one_file": max(content_reads.values(), default=0),
        "markdown_conversions": conversions["markdown"],
        "output_html_reads": sum(output_reads.values()),
    }))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
