"""Hypothesis profiles for the importer fuzz tests.

``ci`` (the default) runs a fixed number of examples per test so the whole
folder takes well under a minute; ``FUZZ_EXAMPLES=20000 pytest tests/fuzz``
runs longer locally. Failing inputs hypothesis finds are printed; save each
as a file in ``regressions/`` so it is replayed for ever.
"""

import os
import sys
from datetime import timedelta

from hypothesis import HealthCheck, settings

from tests.sitebuild import ROOT

# The importer is a top-level package in plugins/, as Pelican loads it.
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))

# Per-example budget before hypothesis calls an input too slow: an archive
# of a few thousand lines parses in milliseconds, so seconds means a bug.
DEADLINE = timedelta(seconds=3)
DEFAULT_EXAMPLES = 200

settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", DEFAULT_EXAMPLES)),
    deadline=DEADLINE,
    derandomize="FUZZ_EXAMPLES" not in os.environ,  # CI: the same examples every run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
