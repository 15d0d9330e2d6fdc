"""Data tables: what chrome, dates, authors and headers look like.

Everything here is general (seen on many blogs), never specific to one
archive; a source's own chrome belongs in ``archives.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .community_chrome import COMMUNITY_CHROME
from .first_chars import candidates, first_match

_I = re.IGNORECASE

# Words a site's menu is made of.
_MENU_WORD = ("home|about|about me|about us|archive|archives|blog|contact|photos|replies|tags|categories|search|"
              "subscribe|rss|feed|now|uses|projects|notes|posts|links|newsletter|shop|faq|help|support|team|"
              "services|portfolio|events|podcast|videos|resources|log in|sign in|sign up")
# Whole-line page chrome: (reason, pattern). Matched against the stripped line.
CHROME_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("share counter", re.compile(r"^\d*[.,]?\d*\s*[kK]?\s*shares?$", _I)),
    ("share button", re.compile(
        r"^(share|tweet|pin|email)( (this|it))?( on (twitter|facebook|linkedin|pinterest|google\+?|reddit|email|x))?:?$", _I)),
    ("share button", re.compile(r"^(like this|share this|print this|print|email this):?$", _I)),
    ("share button", re.compile(r"^click to (share on|email|print|share)\b.{0,60}$|^like loading\.\.\.$", _I)),
    ("share button", re.compile(r"^(twitter|facebook|linkedin|pinterest|reddit|tumblr|pocket|telegram|whatsapp|email)$", _I)),
    ("post categories", re.compile(r"^(?:(?:filed under|posted in)\s*:?|(?:categories|category|tagged|tags?)\s*:)\s*\S.*$", _I)),
    ("comment counter", re.compile(r"^[•·|\s]*\d+\s+comments?\s*[•·|]?$", _I)),
    ("comment form", re.compile(
        r"^(leave a (comment|reply)|add your comment|post a comment|comments are closed\.?"
        r"|no comments( yet)?\.?|be the first to comment\.?|reply|cancel reply|submit comment"
        r"|log in or register to post comments|you do not have permission to send messages in this channel\.?):?$", _I)),
    ("comment form", re.compile(r"^(?:write|add) a (?:public )?(?:comment|reply|answer)\s*(?:…|\.\.\.)?$"
                                r"|^open emoji keyboard$", _I)),
    # The labels of a comment form (WordPress and most themes).
    ("comment form", re.compile(
        r"^(name|e-?mail|website|url|comment|message)(?:\s*\((?:optional|required)[^)]{0,40}\))?\s*\*?:?$"
        r"|^(submit|post comment|send|notify me of .{0,80})$"
        r"|^save my name,? e-?mail,? and website in this browser for the next time i comment\.?$"
        r"|^your e-?mail address will not be published\..{0,80}$|^required fields are marked \*\.?$", _I)),
    ("follow links", re.compile(r"^\+?\s*(follow( me| us| publication| author)?( on)?|connect with (me|us)|blockedunblockfollowfollowing"
                                r"|subscribe( by e-?mail)?)( on)?:?$", _I)),  # Medium: "Follow publication"
    ("widget", re.compile(r"^(enhanced by zemanta|read more|continue reading( →)?|permalink|show less|see less)\.?$", _I)),
    ("pager", re.compile(r"^[‹›«»←→]$")),  # a carousel's or a pager's lone arrow
    ("widget", re.compile(r"^\(more(?:…|\.\.\.)\)$|^loading(?: comments)?(?:…|\.\.\.)$", _I)),  # WordPress's more link
    # Medium's card: "Jane Doe" / "in" / "The Publication"; Casper's "Multiple authors" under three names
    ("byline joiner", re.compile(r"^in$|^multiple authors$", _I)),
    ("related post", re.compile(r"^in [“\"].{1,60}[”\"]$", _I)),  # Jetpack's related card: 'In "Phone support"'
    ("back to top", re.compile(r"^(?:back|return|scroll|jump) to top(?:\s*[↑⇧^])?$", _I)),
    ("post navigation", re.compile(r"^posts? navigation$", _I)),
    ("page actions", re.compile(r"^(?:edit this page|edit (?:this page )?on github|suggest (?:an )?edits?"
                                r"|raise (?:an )?issue|report an issue|view page source)$", _I)),
    ("media player", re.compile(r"^(?:audio playback is not supported on your browser\.?(?: please upgrade\.?)?"
                                r"|your browser does not support the (?:audio|video) (?:element|tag)\.?"
                                r"|-\d{1,2}:\d{2}(?::\d{2})?)$", _I)),  # a player's time left: "-38:12"
    ("podcast links", re.compile(r"^(?:listen on|substack app|apple podcasts|spotify|rss feed|overcast|pocket casts"
                                 r"|youtube music|appears in episode|show notes|episode \d{1,4}|ep\. \d{1,4})$", _I)),
    # The previous and next posts' links under a post page: "← Older title", "Newer title →".
    ("post navigation", re.compile(r"^(?:←|«)\s*\S.{0,150}$|^\S.{0,150}?\s(?:→|»)$")),
    ("navigation", re.compile(r"^(?:go to start|skip to end) of metadata$", _I)),  # Confluence
    ("widget header", re.compile(
        r"^(related|related (articles|posts|stories|reading|content|questions|discussions|topics)|you (may|might) (also )?like(?: these posts)?|popular posts|recent posts"
        r"|recent entries|recent comments|recently updated|trending tags|further reading|blogroll"
        r"|syndicate this site(?: \(xml\))?"
        r"|more (articles|stories|posts) (by|from) .{2,60}|more from .{2,60}|recommended from .{2,60}"
        r"|recommended (stories|posts|reading|for you)"
        r"|also on .{2,60}|read next|latest posts|trending( now)?|latest(?=\s*:)|breaking news"  # a news theme's ticker ("Latest:")
        r"|see also(?: in .{2,60}?)?(?: link to heading)?)\s*(?::|\.\.\.|…)?$", _I)),  # Hugo Coder's series box
    ("navigation", re.compile(
        r"^(home|about( us| me)?|contact( us| me)?|menu|main menu|(?:open|close|toggle) menu|search( for| this (?:site|blog))?"
        r"|skip to (main )?content"
        r"|navigation|skip links|(?:skip to (?:main |primary |right |left )?(?:content|navigation|sidebar|footer|search)\s*)+"
        r"|back|go to \S+"
        r"|(?:previous|next) (?:post|article|story|entry)|older posts|newer posts|« older entries|newer entries »|back to top)\s*:?$", _I)),
    # Platforms' sign-up boxes (Ghost, Substack, WordPress/Jetpack, site builders).
    ("newsletter call", re.compile(
        r"^(?:sign up for more like this|subscribe to (?:our|the|my) newsletter|(?:enter|type) your e-?mail(?: address)?(?:…|\.\.\.)?"
        r"|get (?:the latest|new) posts (?:delivered )?(?:right )?to your inbox|join \d[\d,]* (?:other )?subscribers"
        r"|thanks for reading .{1,80}! subscribe for free to receive new posts and support my work"
        r"|by subscribing,? you agree to .{0,40}privacy policy|share this (?:post|article|story)"
        r"|subscribe to (?:the |our |my )?\S+(?: \S+){0,5}|get (?:new|our|the latest) posts .{0,60} in your inbox.{0,40}"
        r"|don['’]t forget to share this post!?)[.!]?$", _I)),
    # A newsletter's ad and reader poll: their header line, then the block under it (see BLOCK_CHROME).
    ("sponsor block", re.compile(r"^(?:(?:together with|sponsored by|presented by|brought to you by|in partnership with)"
                                 r"\s+\S.{0,60}|today['’]s sponsor:?)$", _I)),
    ("reader poll", re.compile(r"^(?:what did you think of (?:today['’]s|this) (?:email|edition|issue|newsletter|post)\??"
                               r"|login or subscribe to participate in polls\.?)$", _I)),
    ("connection degree", re.compile(r"^[•·]?\s*(?:1st|2nd|3rd\+?)$", _I)),  # LinkedIn, beside the name
    ("reaction notice", re.compile(r"^.{1,60}\b(?:upvoted|liked|likes|loves|reblogged|shared|reposted|celebrates|supports"
                                   r"|commented on|finds) this(?: post| story| insightful| funny)?\.?$|^.{1,60}\b(?:restacked"
                                   r"|reposted|retweeted|boosted)$|^(?:reposted|retweeted|restacked|boosted) by .{1,60}$", _I)),
    # What a site builder's form says after it is sent (Webflow, Wix, Squarespace).
    ("form message", re.compile(r"^(?:thank you! your submission has been received!?"
                                r"|oops! something went wrong while submitting the form\.?|thanks for subscribing!?)$", _I)),
    ("author link", re.compile(r"^(?:view all (?:of )?.{1,60}?['’]s? posts|view all posts by .{1,60}|more posts by .{1,60})\.?$", _I)),
    ("breadcrumb", re.compile(r"^(?:you are here:?\s*)?(?:[^>›»]{1,40}\s[>›»]\s){1,6}[^>›»]{1,80}$", _I)),
    ("account links", re.compile(r"^(?:sign in|sign up|log ?in|log out|register|create (?:an )?account|my account)$", _I)),
    # A menu copied as one line: "About Archive Photos Replies", "Home · Blog · Contact".
    ("navigation", re.compile(r"^(?:" + _MENU_WORD + r")(?:(?:\s*[·|/•]\s*|\s+[-–]\s+|\s+)(?:" + _MENU_WORD + r")){2,}$", _I)),
    # A shop's footer (Shopify): its link list, its currency picker, its payment icons.
    ("shop footer", re.compile(r"^(?:quick links|country/region|payment methods|[a-z][a-z .]{1,40} \| [A-Z]{3} .)$", _I)),
    ("advertisement", re.compile(r"^(advertisement|advertisements|sponsored|loading(\.\.\.|…)?)$", _I)),
    ("comment counter", re.compile(r"^\d+\s+(responses?|replies|likes?)$", _I)),
    # A post's stats whose icons were lost in the copy: "1.4k words 7 mins 386 views" (Hexo, Hugo themes).
    ("post stats", re.compile(r"^(?:about\s+)?[\d.,]+[kK]?\s+(?:words?|mins?|minutes?(?: read)?|views?|reads?)"
                              r"(?:\s+(?:about\s+)?[\d.,]+[kK]?\s+(?:words?|mins?|minutes?(?: read)?|views?|reads?))+$",
                              _I)),
    ("separator", re.compile(r"^[_\-=*~•·.+]{3,}$|^[•·∙]$|^--$")),  # a bullet alone between two counters; "-- " signs a mail
    # A newsletter's banner in capitals: "CLAIMS NEWS · APRIL 2024", "CARE CORNER · ISSUE 17 · MAY 2024".
    ("issue banner", re.compile(r"^(?-i:(?=[^a-z]*$).{2,60}\s[·•|—–-]\s+[A-Z]{3,9}\.?\s+\d{4})$")),  # (case counts)
    ("post label", re.compile(r"^(?:sticky post|sticky|featured|pinned|member-only story|locked post|stickied post"
                              r"|archived post)$", _I)),
    # A members-only post shown to a reader who is not one: its title and date over a lock notice.
    ("locked post", re.compile(r"^(?:members only|paid members only|join (?:my|the|our) membership to unlock this post"
                               r"|unlock (?:this )?post|this post is for (?:paid )?(?:subscribers|members|patrons)(?: only)?"
                               r"|become a (?:member|patron|paid subscriber) to (?:unlock|read) (?:this|the full) post)\.?$", _I)),
    # A mail client's notice over a letter whose images it blocked (Gmail, Outlook and Outlook on the web, Apple Mail).
    ("mail notice", re.compile(r"^(?:images are (?:not displayed|blocked)\.?|(?:always )?display images (?:below|from \S+)"
                               r"(?: - always display images from \S+)?|show images|show blocked content|trust sender"
                               r"|this message contains remote content\.?|load remote content|(?:to help protect your privacy,"
                               r" )?some content in this message has been blocked\b.{0,120})$", _I)),
    ("copyright line", re.compile(r"^\(?\s*(copyright|©|\(c\))\W.*$", _I)),
    ("licence line", re.compile(r"^(?:this (?:post|article|work|site) is )?licen[sc]ed under(?: .{2,80}|:?)$"
                                r"|^use of this (?:site|website) constitutes acceptance of .{2,160}$"
                                # a post's Creative Commons line alone (Hugo FixIt, Hexo): "CC BY-NC 4.0"
                                r"|^(?:licen[sc]e:?\s*)?cc(?:[ -](?:by|sa|nc|nd))+(?: \d\.\d)?$|^cc0(?: 1\.0)?$", _I)),
    # A menu bar copied as one line: five items or more, a few words each, between bars ("new | past | ask | …").
    ("navigation", re.compile(r"^\S+(?:\s\S+){0,2}(?:\s*\|\s*\S+(?:\s\S+){0,2}){4,}$"
                              r"|^(?:[A-Z][\w-]*(?: [\w-]+)?\. ){4,}[A-Z][\w-]*(?: [\w-]+)?\.?$")),  # or full stops (Mataroa)
    ("navigation", re.compile(r"^(?:(?:newer|older|previous|next)\s+(?:posts?|entries|stories|topics?|threads?|messages?)"
                              r"|home|main|[«»←→|]|\s)+$|^\d+\s*[-–]\s*\d+ of \d+$", _I)),  # "1 - 5 of 5": a pager
    ("publication", re.compile(r"^(?:published in|featured in)(?:\s+\S+(?:\s+\S+){0,5})?$", _I)),
    # Image labels: "author picture", "Avatar", alt texts ("Harbourline logo", "Jane Doe's photo", "Jane Doe avatar").
    ("image label", re.compile(r"^(?:(?:author|writer|writer's|profile|user|member)\s+(?:picture|photo|image|avatar)"
                               r"|avatar|profile picture|featured image)$|^(?:profile |cover )?(?:image|photo|picture) (?:for|of) \S.{0,150}$"
                               r"|^[\w&' .-]{1,40} logo$|^(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?:['’]s)? (?:photo|avatar))$",
                               _I)),
    # Help centres ask under every article; reaction pickers copy as a row of emoji.
    ("feedback widget", re.compile(
        r"^(?:did this answer your question|was this (?:article|page|post|answer|information) (?:helpful|useful)"
        r"|was this helpful|did you find (?:this|it)(?: \w+)? helpful|is this (?:page|article) useful|rate this article"
        r"|thank(?:s| you) for (?:your|the) feedback[.!]?(?: our team will get back to you(?: soon)?)?"
        r"|\d+ out of \d+ found this helpful|have more questions\?\s*submit a request)\??$", _I)),
    # Several emoji, as a picker offers; a lone one is a callout's or a page's icon.
    ("reaction picker", re.compile(r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F\u200D\s]*){2,}$")),
    ("table of contents", re.compile(r"^(?:(?:table of )?contents|in this article|on this page|jump to section)\s*:?$", _I)),
    ("source link", re.compile(r"^(?:source|via|reblogged from):?\s+\S+$", _I)),  # a reblog's origin
    ("counter", re.compile(r"^[\d.,]+\s*[kKmM]?\+?$")),  # "1+": Mastodon's replies
    ("counter label", re.compile(r"^(?:views|likes|reposts|retweets|quotes|bookmarks|claps)$", _I)),
    *COMMUNITY_CHROME,  # social networks, forums, Q&A sites
    ("archive header", re.compile(r"^(?:Archive for the [‘'“\"].+?[’'”\"] Category|Category Archives?:\s*.+"
                                  r"|Category:\s*.+|Showing posts with label .+|Posts tagged .+|Tag Archives?:\s*.+)$", _I)),
]

# Entries slow on every line (a leading wildcard) that cannot match without some text: tried on
# their own, only on lines holding it (lower-cased; no other character folds to these letters).
GATED_CHROME = {"reaction notice": (" this", "stacked", "posted", "tweeted", "boosted"),
                "breadcrumb": (">", "›", "»")}
# Chrome read as a sentence of ten words or more (comment forms, copyright lines): all a sentence is tried on.
SENTENCE_KINDS = frozenset({"comment form", "copyright line", "licence line", "share button", "widget header",
                            "archive header", "newsletter call", "form message", "reaction notice", "mail notice",
                            "sign-up prompt"})


@lru_cache(maxsize=1 << 10)  # the entries per first character (ASCII in lower case), for lines and sentences
def _combined(sentence: bool, first: str | None = None) -> tuple[tuple[int, re.Pattern], ...]:
    """The entries (``SENTENCE_KINDS`` for a ``sentence``) that can begin with ``first``, numbered, in table
    order: a line is tried against only the entries that can match it (``first_chars``)."""
    kinds = SENTENCE_KINDS if sentence else {reason for reason, _ in CHROME_PATTERNS}
    return candidates([(number, pattern.pattern) for number, (reason, pattern) in enumerate(CHROME_PATTERNS)
                       if reason in kinds and reason not in GATED_CHROME], _I, first)
# The gated entries in table order, with the flags the combined patterns give every entry.
_GATED = tuple((number, GATED_CHROME[reason], re.compile(pattern.pattern, _I))
               for number, (reason, pattern) in enumerate(CHROME_PATTERNS) if reason in GATED_CHROME)


def chrome_reason(text: str, sentence: bool = False) -> str | None:
    """The first entry of ``CHROME_PATTERNS`` (only ``SENTENCE_KINDS`` for a ``sentence``) matching ``text``."""
    first = first_match(_combined(sentence, (text[0].lower() if text[0].isascii() else text[0]) if text else None),
                        text, len(CHROME_PATTERNS))
    lowered = text.lower()
    for number, needles, pattern in _GATED:
        if number > first:
            break
        if (not sentence or CHROME_PATTERNS[number][0] in SENTENCE_KINDS) \
                and any(needle in lowered for needle in needles) and pattern.match(text):
            first = number
            break
    return CHROME_PATTERNS[first][0] if first < len(CHROME_PATTERNS) else None


# Chrome lines are short; the longest pattern above (a copyright line) fits.
MAX_CHROME_CHARS = 200  # the longest pattern above (a copyright line) fits
# A person's job right under their name (LinkedIn, author boxes): a role word in a short line.
JOB_LINE = re.compile(
    r"^(?=.{3,120}$)(?!.*[.!?]$)(?:.{0,40}\b(?:head|director|manager|lead|vp|vice president|chief|founder|co-founder"
    r"|consultant|specialist|officer|president|coordinator|analyst|advisor|adviser|partner|owner|ceo|cto|coo|cfo"
    r"|editor|trainer|coach|engineer|supervisor|executive|support|operations|secretary|assistant|administrator"
    r"|representative|associate|chair|treasurer)s?\b.*"  # a department alone ends a short line; a title goes on
    r"|(?:[\w&-]+\s+){0,2}(?:communications|marketing|success|service|care|experience|relations|sales))$", _I)
# A link aggregator prints the link's domain after each title: "(self.refunddesk)", "(example.com)".
LINK_DOMAIN = re.compile(r"\s+\((?:self\.\w+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\)$")
RANK_CELL = re.compile(r"^\d{1,4}\.\t+")  # a listing table's rank cell before the title: "12.\t\tTitle" (Hacker News)
LIST_TAG = re.compile(r"^\[[\w.]+-[\w.-]+\]\s+")  # a mailing list's name before each subject: "[Customer-notices] "
TYPING_CURSOR = re.compile(r"(?<=[\w?!.])[_▌█]$")  # a banner title typed out by a script keeps its cursor: "Title_"
# A username alone on its line: "jdoe", "bronwen.onthephones", "quiet_ledger".
USERNAME = re.compile(r"^(?!v?\d+(?:\.\d+)+$)[a-z0-9][a-z0-9._]{2,29}$")  # "v4.8" is a version, no user
# Lines of a byline between its author's name and its date.
BYLINE_EXTRAS = frozenset({"job title", "member badge", "connection degree", "separator", "handle", "byline joiner"})
# A social network's action buttons, printed one a line under each post.
ACTION_BUTTONS = frozenset("like comment share repost send reply boost favourite favorite quote".split())
# The author line of a post whose author hides (Facebook groups, Reddit, forums; Blogger's "Unknown").
ANONYMOUS_AUTHOR = re.compile(r"^(?:unknown|anonymous(?: (?:participant|member|user|contributor))?|\[deleted\]|deleted user)$", re.I)
# Where a site's header ends: above a menu, a sign-in link or a breadcrumb is the site's, not a post's.
SITE_HEADER_CHROME = frozenset({"navigation", "account links", "breadcrumb"})
# Chrome whose header line owns the block under it, down to the next blank line.
BLOCK_CHROME = frozenset({"sponsor block", "reader poll"})


# Archive headers that name the category being listed.
def category_header(text: str) -> str | None:
    for pattern in CATEGORY_HEADERS:
        match = pattern.match(text)
        if match:
            return match["category"].strip()
    return None


CATEGORY_HEADERS = [
    re.compile(r"^Archive for the [‘'“\"](?P<category>.+?)[’'”\"] Category$", _I),
    re.compile(r"^Category Archives?:\s*(?P<category>.+)$", _I),
    re.compile(r"^Category:\s*(?P<category>.+)$", _I),
]

# A blog named after its owner: "Jane Doe's Blog", "Jane Doe’s blog, page 3".
OWNER_HEADER = re.compile(r"^(?P<name>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){1,3})['’]s\s+(?i:blog)\b")


SITE_NAME_HEADER = re.compile(r"^(?P<name>.+?)(?:,|\s[-–|])\s*page \d+$", _I)


def site_name_of(text: str) -> str | None:
    """The site's name in a page header such as "Jane Doe's Service Blog, page 3"."""
    match = SITE_NAME_HEADER.match(text)
    return match["name"].strip() if match else None


# A blog's tagline that signs it: "Notes on chat support and handovers. Written by Esme Rudd."
OWNER_TAGLINE = re.compile(r"(?:^|[.!?]\s+)(?i:written|run|kept|maintained) by\s+"
                           r"(?P<name>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){1,3})\.?$")


# An author archive's heading ("Author: Jane Doe", "Author Archives: Jane Doe"): every post under it is hers.
AUTHOR_ARCHIVE = re.compile(r"^(?i:author(?: archives?)?:\s*|(?:all )?posts by\s+)(?P<name>[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,3})$")


def owner_of(text: str) -> str | None:
    match = OWNER_HEADER.match(text) or OWNER_TAGLINE.search(text) or AUTHOR_ARCHIVE.match(text)
    return match["name"].rstrip(".") if match else None


# A subtitle that numbers the post within a run: "Volume 3: June 2020 Round-up".
SUBTITLE = re.compile(r"^(?:volume|vol\.|part|episode|issue|chapter|no\.|number|edition)\s*[0-9IVXLC]+\b.*$", _I)

# Lines ending a sentence; titles do not end like this (but may end in ? ! …).
SENTENCE_END = re.compile(r"[.,;:]$")
# A sentence break inside a line ("Well, no. That’s ..."); short words before
# the dot are usually abbreviations (Dr. St. U.S.).
INNER_SENTENCE = re.compile(r"(?:\w{3,}|\w[”\"’])\.\s+[A-Z“‘\"']|\w[”\"’]?[!?]\s+[A-Z“‘\"']")  # (a quote may close it)

BULLET = re.compile(r"^(?:[•·▪◦‣●○■□➢►✓✔]|[-*+](?=\s))\s*(?P<text>\S.*)$")
NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")

# Words that open a sentence, not a title.
SENTENCE_OPENERS = frozenset(
    "but and so or well yet hmm hmmm oh ok okay also then because".split()
)
SALUTATION = re.compile(r"^(dear|hi|hello|hey|greetings)\b.*[,!:]$", _I)

# --- Authors ---------------------------------------------------------------
_NAME = r"(?P<name>[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]+|de|van|von|da|di|del|la|le)){1,3})"
AUTHOR_BOX = re.compile(r"^About the Author:?\s+" + _NAME + r"\s*$")
BYLINE = re.compile(r"^By\s+" + _NAME + r"\s*[.,:|]?\s*(?P<rest>.*)$")
GUEST_INTRO = [
    re.compile(r"\bmy (?:colleague|friend|guest)\s+" + _NAME + r"\s+(?:writes|shares|explains|offers|discusses|tells|asks|looks|gives)\b"),
    # "... over to my former team leader, Yusuf Adeyemi, who writes about ..."
    re.compile(r"\bmy [^.]{0,40}?,\s+" + _NAME + r",\s+who\s+(?:writes|shares|explains|offers|discusses|tells|looks)\b"),
    re.compile(r"\bguest (?:post|blog(?:ger)?|author|contributor)(?: by|:)\s+" + _NAME),
    re.compile(r"\b(?:written|contributed) by\s+" + _NAME),
]
# "Jane Doe is a support consultant ..." / "Sam Lee, the head of ..., is"
BIO = re.compile(r"^" + _NAME + r"(?:,[^.]{0,160}?,)?\s+(?:is|was|has been|works as|serves as)\b")
COPYRIGHT_HOLDER = re.compile(r"(?:copyright|©)[^,]*,\s*" + _NAME + r"\s*\)?$", _I)
# Capitalised words that start sentences, not names.
NOT_NAME_WORDS = frozenset(
    "the this that these those customer customers service services our your my his her their "
    "it its we you they he she there here what when where why how a an".split()
)
