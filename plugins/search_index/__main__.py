"""``python -m search_index OUTPUT ARTICLE_SAVE_AS``: index a built site as `make html` does.

`make bench` times this step on its own, over a build made with indexing off.
"""

import logging
import sys
from pathlib import Path

from .indexer import DEFAULTS, index_site


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    count = index_site(Path(argv[0]), argv[1], dict(DEFAULTS))
    print(f"Indexed {count} pages")
    return 0 if count >= 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
