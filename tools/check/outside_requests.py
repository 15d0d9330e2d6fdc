"""No page asks for anything outside the site.

Two halves: (1) nothing a page or stylesheet loads by itself (scripts,
stylesheets, images, fonts, frames, preconnects ...) points at another
origin; (2) every page carries a Content-Security-Policy ``<meta>`` whose
fetch directives allow only the site itself, so a slip in a template or an
archive cannot load anything from elsewhere either.

Plain links a reader clicks (``<a href="https://...">``) are fine.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tools.check.references import css_urls, page_references
from tools.check.site import BuiltOutput, Finding

NAME = "outside requests"
# Sources a CSP may allow without letting a request leave the site.
SAME_SITE_SOURCES = frozenset({
    "'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'",
    "'strict-dynamic'", "'unsafe-hashes'", "'report-sample'", "data:", "blob:",
})
# Same-site, but they let injected markup run: the CSP is the archives' last line of defence.
INLINE_SCRIPT_SOURCES = frozenset({"'unsafe-inline'", "'unsafe-eval'", "data:"})
HASH_OR_NONCE_PREFIXES = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
# Directives that govern what a page fetches; default-src covers any left out.
FETCH_DIRECTIVES = frozenset({
    "default-src", "script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem",
    "style-src-attr", "img-src", "font-src", "connect-src", "media-src", "object-src", "frame-src",
    "child-src", "worker-src", "manifest-src", "prefetch-src", "form-action", "base-uri",
})


def is_outside(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme.lower() in ("http", "https", "ftp", "ws", "wss")


def check(site: BuiltOutput) -> list[Finding]:
    findings = []
    for page in site.html_files():
        label = site.label(page)
        tree = site.tree(page)
        for reference in page_references(tree):
            if reference.fetched and is_outside(reference.url) and not site.own_path(reference.url):
                findings.append(Finding(label, f"loads {reference.url} from outside the site: "
                                               f"{reference.describe()} (line {reference.line})"))
        findings += [Finding(label, problem) for problem in csp_problems(tree)]
    for stylesheet in site.files("*.css"):
        for url in css_urls(stylesheet.read_text(encoding="utf-8", errors="replace")):
            if is_outside(url) and not site.own_path(url):
                findings.append(Finding(site.label(stylesheet), f"loads {url} from outside the site"))
    return findings


def csp_problems(tree) -> list[str]:
    """What is wrong with the page's Content-Security-Policy meta tag, if anything."""
    metas = [meta for meta in tree.iter("meta")
             if (meta.get("http-equiv") or "").lower() == "content-security-policy"]
    if not metas:
        return ['no Content-Security-Policy <meta http-equiv="Content-Security-Policy"> tag']
    problems = []
    if metas[0].getparent() is None or metas[0].getparent().tag != "head":
        problems.append("the Content-Security-Policy <meta> is not in <head>, so browsers ignore it")
    policy = parse_policy(metas[0].get("content") or "")
    if "default-src" not in policy:
        problems.append("Content-Security-Policy has no default-src, so anything it does not name may load from anywhere")
    for directive, sources in sorted(policy.items()):
        if directive not in FETCH_DIRECTIVES:
            continue
        outside = [source for source in sources
                   if source.lower() not in SAME_SITE_SOURCES and not source.lower().startswith(HASH_OR_NONCE_PREFIXES)]
        if outside:
            problems.append(f"Content-Security-Policy {directive} allows outside sources: {' '.join(outside)}")
    script_sources = policy.get("script-src", policy.get("default-src", []))
    inline = [source for source in script_sources if source.lower() in INLINE_SCRIPT_SOURCES]
    if inline:
        problems.append(f"Content-Security-Policy lets inline or generated scripts run ({' '.join(inline)}), "
                        "so markup that slipped into a page could run")
    return problems


def parse_policy(content: str) -> dict[str, list[str]]:
    policy = {}
    for part in content.split(";"):
        tokens = part.split()
        if tokens and tokens[0].lower() not in policy:  # the first occurrence wins, as in browsers
            policy[tokens[0].lower()] = tokens[1:]
    return policy
