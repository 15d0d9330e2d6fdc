"""Cards show prose, excerpts say so, and older/newer links keep to a real timeline."""

from site_extras.summary import card_summary

EXCERPT = "posts/six-obstacles-between-a-company-and-its-customers/"
UNDATED = "posts/ten-rules-for-the-help-desk/"
YEAR = "posts/a-year-of-listening/"


def test_card_summary_keeps_prose_and_drops_headings_captions_and_image_leftovers():
    body = ("<p><em>Purposeful Customer Service</em></p><h2>When and Why to Part Ways</h2>"
            "<figure><img alt='A maze'><figcaption>Figure 1</figcaption></figure>"
            "<p>The customer experience shouldn’t happen by accident. It should be planned.</p>")
    assert card_summary(body) == "The customer experience shouldn’t happen by accident. It should be planned."
    long = "<p>" + " ".join(["Word"] * 30) + ". " + " ".join(["more"] * 30) + "</p>"
    assert card_summary(long, max_words=45) == " ".join(["Word"] * 30) + "."
    assert card_summary("<p>" + " ".join(["on"] * 60) + "</p>", max_words=10) == " ".join(["on"] * 10) + " …"


def test_cards_on_every_list_page_hold_no_heading_or_leftover(site):
    pages = [path for path in site.output.rglob("index.html")
             if not {"posts", "drafts", "pagefind"} & set(path.relative_to(site.output).parts)]
    cards = 0
    for path in pages:
        url = str(path.parent.relative_to(site.output)).replace(".", "") + "/"
        for card in site.html(url.lstrip("/")).select("article.card"):
            cards += 1
            summary = card.select_one(".card__summary")
            if summary is None:
                continue
            assert summary.name == "p" and not summary.find(True), f"{url}: markup in a card summary"
            text = summary.get_text()
            for leftover in ("Purposeful Customer Service", "TOP CUSTOMER SERVICE", "When and Why to",
                             "Customer Experience Is the"):
                assert not text.startswith(leftover), f"{url}: card opens with {leftover!r}"
    assert cards > 20


def test_excerpts_say_so_on_cards_and_in_the_article_and_link_the_original(extended_sample_site):
    sample_site = extended_sample_site
    page = sample_site.html(EXCERPT)
    assert page.select_one("article .byline .badge").get_text() == "Excerpt"
    more = page.select_one(".post__more a")
    assert more["href"] == "https://untitled.example/six-obstacles"
    assert more.get_text() == "Read the whole post at Service Untitled"
    card = next(card for card in sample_site.html("page/3/").select("article.card")
                if card.select_one(".card__title a")["href"].endswith(EXCERPT))
    assert card.select_one(".badge").get_text() == "Excerpt"
    assert card.select_one(".card__summary").get_text().startswith("The article got me")
    # Not an excerpt: no badge, no "read the whole post".
    assert sample_site.html(YEAR).select_one(".badge, .post__more") is None


def test_a_post_without_author_says_where_it_came_from(extended_sample_site):
    sample_site = extended_sample_site
    byline = sample_site.html(EXCERPT).select_one("article .byline").get_text(" ", strip=True)
    assert "from the archive of Service Untitled" in byline and " by " not in byline


def test_undated_posts_walk_their_own_archive_and_dated_ones_skip_them(extended_sample_site):
    sample_site = extended_sample_site
    nav = sample_site.html(UNDATED).select_one(".post-nav")
    assert nav["aria-label"] == "Posts of the same archive"
    assert nav.select_one(".post-nav__newer")["href"] == "../../" + EXCERPT
    assert "Next in this archive" in nav.get_text()
    assert nav.select_one(".post-nav__older") is None  # the first undated post of its archive
    # The oldest dated post has no "older" link into the undated ones.
    oldest = sample_site.html(YEAR).select_one(".post-nav")
    assert oldest.select_one(".post-nav__older") is None
    assert UNDATED not in str(oldest) and EXCERPT not in str(oldest)


def test_real_site_undated_posts_never_lead_into_the_timeline(site):
    for path in sorted((site.output / "posts").glob("*/index.html")):
        page = site.html(f"posts/{path.parent.name}/")
        undated = page.select_one("article .byline time") is None
        nav = page.select_one(".post-nav")
        if nav is None:
            continue
        for link in nav.select("a"):
            target = site.html(link["href"].replace("../../", ""))
            assert (target.select_one("article .byline time") is None) == undated, (path.parent.name, link["href"])


def test_author_bios_link_web_and_email_addresses_and_stay_text():
    from site_extras.linkify import linkify

    bio = ("Contact (314)692-2200 or www.hyken.com . Mail shep@hyken.example, or see "
           "https://x.example/a?b=1. Tips &amp; Techniques <script>alert(1)</script>")
    assert str(linkify(bio)) == (
        'Contact (314)692-2200 or <a href="https://www.hyken.com" rel="external noopener">www.hyken.com</a> . '
        'Mail <a href="mailto:shep@hyken.example">shep@hyken.example</a>, or see '
        '<a href="https://x.example/a?b=1" rel="external noopener">https://x.example/a?b=1</a>. '
        "Tips &amp; Techniques &lt;script&gt;alert(1)&lt;/script&gt;")


def test_real_site_bios_are_linked_in_articles_and_on_author_pages(site):
    authors = site.html("authors/")
    assert authors.find("a", href="https://www.hyken.com") is not None
    assert "&amp;amp;" not in site.text("authors/")
    article = site.html("posts/a-purposeful-customer-experience-shouldnt-happen-by-accident/")
    assert article.select_one(".author-box a[href='https://www.thecustomerfocus.com']") is not None


def menu_links(soup):
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select(".site-nav a")]


def test_tags_page_and_menu_link_only_when_there_are_enough_tags(site, sample_site):
    # The sample's posts carry seven tags: worth browsing.
    assert sample_site.path("tags/").is_file() and "tags" in menu_links(sample_site.html(""))
    # The real site's carry fewer than five: no page, no menu link, not in the sitemap.
    assert not site.path("tags/").exists()
    assert "tags" not in menu_links(site.html("")) and "tags/</loc>" not in site.text("sitemap.xml")
    # Each tag keeps its own page.
    assert any(p.is_file() for p in (site.output / "tag").glob("*/index.html"))
