"""The render cache of one build: last build's manifest in, this build's out.

The manifest maps each ``write_file`` call (by its output name) to the key
of its inputs and the files it wrote, each with its size and modification
time. A call is skipped when its key is unchanged and its files are as the
last build left them: a file deleted, edited, or rewritten by a failed or
cache-less build since then is rendered again.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field

from pelican.contents import Content

from common.files import write_atomic

from . import fingerprint

log = logging.getLogger(__name__)

# Bumped when the manifest's layout changes; an older manifest is ignored.
MANIFEST_FORMAT = 1


@dataclass
class Entry:
    key: str
    files: list  # [path relative to the output folder, size, mtime_ns]


@dataclass
class Manifest:
    code_digest: str = ""
    entries: dict = field(default_factory=dict)     # output name -> Entry
    summaries: dict = field(default_factory=dict)   # body digest -> summary digest

    @classmethod
    def load(cls, path: str) -> "Manifest":
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("render_cache: %s is unreadable (%s); rendering every page", path, error)
            return cls()
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            return cls()
        try:
            entries = {name: Entry(entry["key"], [list(item) for item in entry["files"]])
                       for name, entry in data.get("entries", {}).items()}
            return cls(str(data.get("code_digest", "")), entries, dict(data.get("summaries", {})))
        except (KeyError, TypeError, AttributeError) as error:
            log.warning("render_cache: %s is malformed (%s); rendering every page", path, error)
            return cls()

    def save(self, path: str) -> None:
        """Atomically: a build stopped half-way leaves the old manifest whole."""
        data = {"format": MANIFEST_FORMAT, "code_digest": self.code_digest,
                "entries": {name: {"key": entry.key, "files": entry.files}
                            for name, entry in sorted(self.entries.items())},
                "summaries": dict(sorted(self.summaries.items()))}
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        write_atomic(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))


@dataclass
class Recording:
    name: str
    key: str
    files: list = field(default_factory=list)


class RenderCache:
    """Decides, call by call, whether a page must be rendered; one per build.

    Other plugins that prepare a content object just before it is written
    (``article_generator_write_article``, ``page_generator_write_page``) may
    ask ``is_fresh(content)`` and skip work for a page that will not be
    rendered. The cache lives in the build's context under CONTEXT_KEY.
    """

    def __init__(self, output_path: str, manifest_path: str, previous: Manifest, code_digest: str):
        self.output_path = os.path.abspath(output_path)
        self.manifest_path = manifest_path
        self.previous = previous if previous.code_digest == code_digest else Manifest()
        self.current = Manifest(code_digest=code_digest)
        self.site_digest = ""
        self.bodies: dict[int, str] = {}
        self.recording: Recording | None = None
        # (name, key) -> Entry or None: site_extras asks before the writer does.
        self.decisions: dict = {}
        self.rendered = 0
        self.reused = 0
        self.generators_left = 0  # set by the plugin; the manifest is saved when it reaches 0

    # -- keys -----------------------------------------------------------------

    def index_site(self, contents, statics) -> None:
        """Digest every content object's card, once all generators have read theirs."""
        cards = []
        for content in contents:
            cards.append(fingerprint.card(content, self.summary(content)))
        static_urls = tuple((static.source_path, static.url) for static in statics)
        self.site_digest = fingerprint.digest(self.current.code_digest, cards, static_urls)

    def summary(self, content) -> str:
        """A digest of the summary listings show, remembered by body: computing it is slow."""
        if "summary" in (getattr(content, "metadata", None) or {}):
            return "metadata"  # the card holds the metadata already
        body = self.body(content)
        found = self.previous.summaries.get(body) or self.current.summaries.get(body)
        if found is None:
            found = fingerprint.digest(content.summary or "")
        self.current.summaries[body] = found
        return found

    def body(self, content) -> str:
        found = self.bodies.get(id(content))
        if found is None:
            found = self.bodies[id(content)] = fingerprint.body_digest(content)
        return found

    def key(self, name: str, kwargs: dict) -> str:
        bodies = [self.body(value) for _, value in sorted(kwargs.items(), key=lambda item: item[0])
                  if isinstance(value, Content)]
        return fingerprint.digest(self.site_digest, name, bodies)

    # -- decisions ------------------------------------------------------------

    def unchanged(self, name: str, key: str) -> Entry | None:
        """The last build's entry when its key matches and its files are as it left them."""
        decision = (name, key)
        if decision not in self.decisions:
            self.decisions[decision] = self._check(name, key)
        return self.decisions[decision]

    def _check(self, name: str, key: str) -> Entry | None:
        entry = self.previous.entries.get(name)
        if entry is None or entry.key != key or not entry.files:
            return None
        for relative, size, mtime_ns in entry.files:
            try:
                stat = os.stat(os.path.join(self.output_path, relative))
            except OSError:
                return None
            if stat.st_size != size or stat.st_mtime_ns != mtime_ns:
                return None
        return entry

    def is_fresh(self, content) -> bool:
        """Will the page written for this article or page be reused as it is?"""
        save_as = getattr(content, "save_as", "")
        return bool(save_as) and self.unchanged(save_as, self.key(save_as, {"content": content})) is not None

    def reuse(self, name: str, key: str) -> Entry | None:
        entry = self.unchanged(name, key)
        if entry is not None:
            self.current.entries[name] = entry
            self.reused += 1
        return entry

    def start(self, name: str, key: str) -> None:
        self.recording = Recording(name, key)

    def note_written(self, path: str) -> None:
        if self.recording is not None:
            self.recording.files.append(os.path.relpath(path, self.output_path))

    def finish(self, succeeded: bool) -> None:
        recording, self.recording = self.recording, None
        if recording is None or not succeeded:
            return
        self.rendered += 1
        files = []
        for relative in recording.files:
            try:
                stat = os.stat(os.path.join(self.output_path, relative))
            except OSError:
                return  # not on disk (written to os.devnull by Pelican): never reused
            files.append([relative, stat.st_size, stat.st_mtime_ns])
        self.current.entries[recording.name] = Entry(recording.key, files)

    def save(self) -> None:
        try:
            self.current.save(self.manifest_path)
        except OSError as error:
            log.warning("render_cache: could not save %s (%s); the next build renders every page",
                        self.manifest_path, error)
