"""Page weight counts the page and what it loads, once each."""

from bench.pageweight import page_weight


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def test_page_weight_follows_stylesheets_scripts_and_fonts(tmp_path):
    html = write(tmp_path / "posts" / "a" / "index.html", (
        b'<html><head><link rel="stylesheet" href="../../theme/main.css">'
        b'<link rel="stylesheet" href="https://cdn.example/x.css">'
        b'<script src="../../theme/app.js"></script><script src="../../theme/app.js"></script>'
        b'</head><body>Hello</body></html>'))
    main_css = write(tmp_path / "theme" / "main.css",
                     b'@import url("extra.css"); body { font-family: f; } '
                     b'@font-face { src: url(fonts/f.woff2) format("woff2"); }')
    extra_css = write(tmp_path / "theme" / "extra.css", b"p { margin: 0 }")
    font = write(tmp_path / "theme" / "fonts" / "f.woff2", b"\0" * 1000)
    js = write(tmp_path / "theme" / "app.js", b"console.log(1)")

    weight = page_weight(tmp_path, "posts/a/")

    assert (weight.html, weight.css, weight.js, weight.fonts) == (html, main_css + extra_css, js, font)
    assert weight.total == html + main_css + extra_css + js + font
    assert weight.outside == ["https://cdn.example/x.css"]
    assert 0 < weight.gzipped < weight.total + 200
