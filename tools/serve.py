"""`make serve`: serve output/ locally, answering a missing page with 404.html.

Usage: python -m tools.serve [-o output] [-p 8000] [-b 127.0.0.1]

Pelican's own server closes the connection without a reply when a page is
missing; GitHub Pages serves the site's 404.html with status 404, and so
does this. ``make devserver`` uses the same request handler (tools/build.py).
"""

from __future__ import annotations

import argparse
import os
import sys
from http import server

from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer

NOT_FOUND_PAGE = "404.html"


class SiteRequestHandler(ComplexHTTPRequestHandler):
    """Pelican's handler (clean URLs, types), plus a real 404 response."""

    def do_GET(self):
        self._serve(head=False)

    def do_HEAD(self):
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        found = self.get_path_that_exists(self.path.split("?", 1)[0])
        if found:
            self.path = found
            (server.SimpleHTTPRequestHandler.do_HEAD if head else server.SimpleHTTPRequestHandler.do_GET)(self)
            return
        page = os.path.join(self.base_path, NOT_FOUND_PAGE)
        try:
            with open(page, "rb") as handle:
                body = handle.read()
        except OSError:
            body = b"<!DOCTYPE html><title>Not found</title><p>Not found. Run make html first?</p>\n"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default="output")
    parser.add_argument("-p", "--port", type=int, default=8000)
    parser.add_argument("-b", "--bind", default="127.0.0.1")
    args = parser.parse_args(argv)
    if not os.path.isdir(args.output):
        print(f"error: {args.output} does not exist: run `make html` first", file=sys.stderr)
        return 2
    RootedHTTPServer.allow_reuse_address = True
    httpd = RootedHTTPServer(os.path.abspath(args.output), (args.bind, args.port), SiteRequestHandler)
    print(f"Serving {args.output} at http://{args.bind}:{args.port}/ - press Ctrl-C to stop", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
