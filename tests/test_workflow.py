"""The Pages workflow tests, builds with publishconf.py and deploys with the official actions."""

from tests.sitebuild import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def test_workflow_runs_tests_then_deploys_with_official_pages_actions():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "branches: [main]" in text
    order = [text.index(step) for step in (
        "make test", "actions/configure-pages@", "make publish", "actions/upload-pages-artifact@",
        "actions/deploy-pages@")]
    assert order == sorted(order), "steps must run: test, configure, build, upload, deploy"
    assert "steps.pages.outputs.base_url" in text, "SITEURL comes from the Pages configuration"
    assert "pages: write" in text and "id-token: write" in text
