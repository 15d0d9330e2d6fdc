"""`make devserver` serves the site and rebuilds it when an author saves a post."""

import os
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from tests.sitebuild import ROOT

pytestmark = pytest.mark.slow

POLL_SECONDS = 0.5
WAIT_LIMIT_SECONDS = 60
SAVE_ATTEMPTS = 4


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url, text, limit=WAIT_LIMIT_SECONDS):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if text in fetch(url):
            return True
        time.sleep(POLL_SECONDS)
    return False


def test_devserver_rebuilds_after_an_edit(tmp_path):
    content = tmp_path / "content"
    (content / "posts").mkdir(parents=True)
    (content / "pages").mkdir()
    post = content / "posts" / "hello.md"
    post.write_text("Title: Hello\nDate: 2026-01-01\n\nFirst words.\n", encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(
        ["make", "--no-print-directory", "-C", str(ROOT), "devserver", f"INPUTDIR={content}",
         f"OUTPUTDIR={tmp_path / 'output'}", f"PORT={port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/posts/hello/"
        assert wait_for(url, "First words."), "devserver never served the post"
        # The watcher may start just after the first build: save until it sees a change.
        rebuilt = False
        for attempt in range(SAVE_ATTEMPTS):
            post.write_text(f"Title: Hello\nDate: 2026-01-01\n\nSecond thoughts ({attempt}).\n",
                            encoding="utf-8")
            if wait_for(url, "Second thoughts", limit=WAIT_LIMIT_SECONDS / SAVE_ATTEMPTS):
                rebuilt = True
                break
        assert rebuilt, "devserver did not rebuild after the edit"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
