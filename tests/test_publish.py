"""`make github` publishes output/ to a gh-pages branch, keeping its history."""

import os
import subprocess

import pytest

from tests.sitebuild import ROOT

pytestmark = pytest.mark.slow


def git(*args, cwd=None, env=None):
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", check=True)
    return result.stdout


@pytest.fixture
def publishing(tmp_path):
    """A bare 'GitHub' remote and a scratch repository standing in for the project's own."""
    remote = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", str(remote))
    scratch = tmp_path / "scratch"
    git("init", "--quiet", str(scratch))
    env = {
        **os.environ,
        # ghp-import and git act on the scratch repository, never on the project's.
        "GIT_DIR": str(scratch / ".git"),
        "GIT_AUTHOR_NAME": "Publisher", "GIT_AUTHOR_EMAIL": "publisher@example.invalid",
        "GIT_COMMITTER_NAME": "Publisher", "GIT_COMMITTER_EMAIL": "publisher@example.invalid",
        "SITEURL": "https://blog.example.org",
    }
    return remote, scratch, env, tmp_path / "output"


def make_github(remote, output, env, *extra):
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "github", f"GITHUB_REMOTE={remote}",
         f"OUTPUTDIR={output}", *extra],
        env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
    )


def test_github_target_pushes_site_and_keeps_history(publishing):
    remote, scratch, env, output = publishing

    first = make_github(remote, output, env, "GITHUB_PAGES_CNAME=blog.example.org")
    assert first.returncode == 0, first.stdout + first.stderr
    files = git("ls-tree", "--name-only", "gh-pages", cwd=remote, env={**os.environ}).split()
    assert "index.html" in files
    assert ".nojekyll" in files
    assert "CNAME" in files
    assert git("show", "gh-pages:CNAME", cwd=remote).strip() == "blog.example.org"
    # publishconf.py: absolute URLs from SITEURL.
    assert "https://blog.example.org/" in git("show", "gh-pages:index.html", cwd=remote)

    # A fresh clone has no local gh-pages branch: publishing again must still
    # build on the remote's history instead of replacing it.
    git("branch", "-D", "gh-pages", env=env)
    second = make_github(remote, output, env, "GITHUB_COMMIT_MESSAGE=Second publish")
    assert second.returncode == 0, second.stdout + second.stderr
    log = git("log", "--format=%s", "gh-pages", cwd=remote).splitlines()
    assert log[0] == "Second publish"
    assert len(log) == 2
    # The custom domain stays unless asked to go: GitHub would otherwise drop it.
    assert git("show", "gh-pages:CNAME", cwd=remote).strip() == "blog.example.org"

    third = make_github(remote, output, env, "GITHUB_PAGES_CNAME=none", "GITHUB_COMMIT_MESSAGE=Third publish")
    assert third.returncode == 0, third.stdout + third.stderr
    assert "CNAME" not in git("ls-tree", "--name-only", "gh-pages", cwd=remote).split()
