"""The Makefile offers the targets pelican-quickstart users know, plus ours, each explained."""

import re
import subprocess

from tests.sitebuild import ROOT

EXPECTED_TARGETS = {
    "html", "clean", "regenerate", "serve", "devserver", "publish", "github",
    "test", "import", "check", "bench", "newpost", "help",
}


def test_make_help_lists_every_target_with_a_line_each():
    result = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "help"],
                            capture_output=True, text=True, encoding="utf-8", errors="replace", check=True)
    listed = dict(re.findall(r"^  ([a-z-]+)\s+(\S.*)$", result.stdout, flags=re.M))
    missing = EXPECTED_TARGETS - set(listed)
    assert not missing, f"make help does not list: {sorted(missing)}"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    declared = set(re.findall(r"^([a-z][a-z-]*):", makefile, flags=re.M))
    assert set(listed) == declared, "every Makefile target has a ## help line"


def test_devserver_uses_live_reload_and_listen():
    dry = subprocess.run(["make", "--no-print-directory", "-n", "-C", str(ROOT), "devserver"],
                         capture_output=True, text=True, encoding="utf-8", errors="replace", check=True).stdout
    assert "--autoreload" in dry and "--listen" in dry
    assert "127.0.0.1" in dry and "8000" in dry
