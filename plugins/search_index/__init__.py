"""Run Pagefind over the finished site after every build.

Pelican's ``-d`` and ``make clean`` remove ``output/pagefind``, and
``make devserver`` rebuilds without ``make``; indexing from the
``finalized`` signal keeps the search index in step with every build.

Settings (``SEARCH_INDEX`` dict, merged over ``DEFAULTS``):

``enabled``
    False skips indexing (benchmarks of plain page generation).
``command``
    How to start Pagefind; the ``pagefind[bin]`` wheel ships the binary and
    runs it as ``python -m pagefind``.
``batch_pages``
    Posts per Pagefind run (1,000). A bigger site gets one bundle per batch,
    merged by the search page, which keeps Pagefind's memory bounded.
``reuse_bundles``
    None (follow LOAD_CONTENT_CACHE, on in `make devserver`): a batch whose
    posts are unchanged since the last build keeps its bundle.
"""

from .indexer import register  # noqa: F401
