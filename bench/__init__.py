"""`make bench`: how fast and how lean the site's tool chain is.

One run of ``python -m bench``:

1. ``corpus``   generates posts from a short description of archive layouts
   (seeded, so the same seed writes byte-identical files); ``writers``
   writes them as raw archive ``.txt`` files for the importer, as Pelican
   Markdown, and with Hugo front matter inside a minimal Hugo site;
2. ``suite``    measures every step in a fresh subprocess (``measure``)
   several times: import, cold build of our site and of plain Pelican,
   warm rebuild after one edit, Hugo, Pagefind;
3. ``report``   writes BENCHMARKS.md: machine, versions, commands, one
   table per corpus size with min/median/max and each target's pass/fail.
"""
