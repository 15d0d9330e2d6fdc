"""`make devserver` serves the site and rebuilds it when an author saves a post."""

import os
import signal
import socket
import subprocess
import time
import urllib.error
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
        # Live reload (plugins/livereload): the page loads the script, the server serves the token.
        assert "livereload.js" in fetch(url)
        token_url = f"http://127.0.0.1:{port}/.livereload"
        assert wait_for(token_url, "\n"), "devserver never wrote the change token"
        first_token = fetch(token_url)
        # The watcher may start just after the first build: save until it sees a change.
        rebuilt = False
        for attempt in range(SAVE_ATTEMPTS):
            post.write_text(f"Title: Hello\nDate: 2026-01-01\n\nSecond thoughts ({attempt}).\n",
                            encoding="utf-8")
            if wait_for(url, "Second thoughts", limit=WAIT_LIMIT_SECONDS / SAVE_ATTEMPTS):
                rebuilt = True
                break
        assert rebuilt, "devserver did not rebuild after the edit"
        deadline = time.monotonic() + WAIT_LIMIT_SECONDS
        while fetch(token_url) in ("", first_token) and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
        assert fetch(token_url) not in ("", first_token), "the rebuild did not write a new change token"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


ARCHIVE = ("Category Archives: Notes\n\n{title}\n\nPublished: March 3, 2014 at 5:33 am\n\n"
           "{body} It is long enough to be a paragraph of text.\n")


def status(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
    except OSError:
        return None, ""


def wait_status(url, expected, limit=WAIT_LIMIT_SECONDS):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if status(url)[0] == expected:
            return True
        time.sleep(POLL_SECONDS)
    return False


def tail(log) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-4000:]


def port_is_free(port):
    """Nothing answers on the port any more."""
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def test_devserver_follows_archives_and_images_and_stops_with_make(tmp_path):
    content = tmp_path / "content"
    for folder in ("posts", "pages", "archives"):
        (content / folder).mkdir(parents=True)
    (content / "pages" / "404.md").write_text((ROOT / "content" / "pages" / "404.md").read_text(encoding="utf-8"),
                                              encoding="utf-8")
    (content / "posts" / "hello.md").write_text("Title: Hello\nDate: 2026-01-01\n\nFirst words.\n", encoding="utf-8")
    port = free_port()
    log = tmp_path / "devserver.log"
    with open(log, "w", encoding="utf-8") as stream:
        make = subprocess.Popen(
            ["make", "--no-print-directory", "-C", str(ROOT), "devserver", f"INPUTDIR={content}",
             f"OUTPUTDIR={tmp_path / 'output'}", f"PORT={port}"], stdout=stream, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        assert wait_for(base + "posts/hello/", "First words."), f"devserver never served the post:\n{tail(log)}"
        archive = content / "archives" / "notes.txt"
        archive.write_text(ARCHIVE.format(title="An Imported Post", body="Imported words."), encoding="utf-8")
        assert wait_for(base + "posts/an-imported-post/", "Imported words."), f"a new archive was not imported:\n{tail(log)}"
        archive.write_text(ARCHIVE.format(title="An Imported Post", body="Changed words."), encoding="utf-8")
        assert wait_for(base + "posts/an-imported-post/", "Changed words."), f"a changed archive was not re-imported:\n{tail(log)}"
        (content / "images").mkdir()
        (content / "images" / "dot.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
        assert wait_status(base + "images/dot.svg", 200), f"a new image was not copied:\n{tail(log)}"
        archive.unlink()
        (content / "images" / "dot.svg").unlink()
        assert wait_status(base + "posts/an-imported-post/", 404), f"a removed archive's post is still served:\n{tail(log)}"
        assert wait_status(base + "images/dot.svg", 404), f"a removed image is still served:\n{tail(log)}"
        code, body = status(base + "no/such/page/")
        assert code == 404 and "Page not found" in body, tail(log)
    finally:
        make.terminate()  # the make process only, as a user's tool would
        make.wait(timeout=20)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not port_is_free(port):
        time.sleep(POLL_SECONDS)
    assert port_is_free(port), "a server still holds the port after make stopped"
    left = subprocess.run(["pgrep", "-f", f"-p {port} "], capture_output=True, text=True).stdout.split()
    assert left == [], f"processes left running after make stopped: {left}"
    text = log.read_text(encoding="utf-8")
    assert "Unable to watch path" not in text
    assert "Traceback" not in text


def test_make_serve_answers_a_missing_page_with_404_html(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("<p>home</p>", encoding="utf-8")
    (output / "404.html").write_text("<h1>Page not found</h1>", encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(["make", "--no-print-directory", "-C", str(ROOT), "serve", f"OUTPUTDIR={output}",
                               f"PORT={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        assert wait_status(f"http://127.0.0.1:{port}/", 200)
        assert status(f"http://127.0.0.1:{port}/missing/") == (404, "<h1>Page not found</h1>")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
