"""Chrome of social networks, forums, Q&A sites and mailing lists: what they print around every post.

Entries of ``patterns.CHROME_PATTERNS``, spliced in at their place in its order (the first entry that
matches a line decides its reason).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

COMMUNITY_CHROME: list[tuple[str, re.Pattern]] = [
    # Facebook prints "All reactions:" over a bare count.
    ("counter label", re.compile(r"^all reactions:?$", _I)),
    # A feed's post box and a post's reply box.
    ("composer", re.compile(
        r"^(?:what['’]s on your mind|what['’]s happening|write something"
        r"|start a post|create a post|write a post|share your thoughts"
        r"|post your reply|everybody can reply)\s*(?:\?|\.\.\.|…)?$", _I)),
    # Mailing-list archives (Mailman's pipermail): links around each message, and its disguised address.
    ("list navigation", re.compile(
        r"^(?:(?:previous|next) message(?: \(by thread\))?:.{0,200}"
        r"|messages sorted by:.{0,80}|more information about the .{1,80}"
        r"|mailing list|-+ next part -+|an html attachment was scrubbed\.\.\.|url: <\S+>?"
        r"|posted to \S+@\S+)$", _I)),  # Pony Mail: "Posted to support-leads@lists.example"
    # Google Groups, before a message's date.
    ("message status", re.compile(r"^(?:unread|read|starred),?$", _I)),
    ("email address", re.compile(r"^[\w.+-]{1,64} at [\w-]+(?:\.[\w-]+)+$", _I)),
    # A logged-out reader's prompts and an app's footer links (Threads, X, Bluesky, Substack).
    ("sign-up prompt", re.compile(
        r"^(?:(?:log in|sign in|sign up)(?: or (?:sign up|log in|create an account))?"
        r"(?: to (?:see|follow|reply|like|join|continue|comment|vote|view|read)\b.{0,80}"
        r"| for \S+(?: \S+)?)|(?:continue|sign in|log in|sign up) with \S+(?: \S+)?"
        r"|log in with username instead|see what people are talking about.{0,60}"
        r"|get the app|join the conversation|agree & join \S+|new to \S+\? join now|log in / sign up|sign up / log in"
        r"|discover more from .{1,80}|over [\d,.]+k? subscribers|already have an account\? (?:sign|log) in"
        # LinkedIn's sign-in wall over a logged-out page
        r"|by clicking (?:continue|agree & join)(?: to join or sign in)?, you agree to .{0,160})\.?$", _I)),
    ("footer links", re.compile(
        r"^(?:privacy(?: policy)?|terms(?: of (?:service|use))?|cookies?(?: policy| settings)?"
        r"|report a problem|accessibility|\w+ terms|privacy ∙ terms ∙ collection notice"
        r"|(?:privacy|terms|help)(?: [·∙•|] (?:privacy|terms|help|collection notice|cookies))+)$", _I)),
    # Reddit's buttons, one a line.
    ("vote button", re.compile(
        r"^(?:upvote|downvote|vote|award|report|go to comments|expand comment search|search comments)$", _I)),
    ("translate button", re.compile(r"^(?:translate(?: post)?|see translation|show original)$", _I)),
    # Facebook, LinkedIn: who reacted.
    ("reaction summary", re.compile(r"^.{1,60} and [\d,.]+[kK]? others?$", _I)),
    # Flarum: "jonah.mbeki, harriet_s, and 8 others like this.", "jonah.mbeki replied to this."
    ("reaction summary", re.compile(r"^\S+(?:, \S+)*,? and (?:\d+ others?|\S+) (?:like|replied to) this\.?$"
                                    r"|^\S+ replied to this\.?$", _I)),
    # Flarum's scrubber and its gaps between posts ("a month later": lower case, a heading's would not be).
    ("list navigation", re.compile(r"^(?:\d+ of \d+ (?:posts|replies|comments)|original post)$", _I)),
    ("time gap", re.compile(r"^(?-i:(?:a|an|\d+) (?:minute|hour|day|week|month|year)s? later)$")),
    # LinkedIn cuts a long post at "…see more".
    ("widget", re.compile(r"^(?:…|\.\.\.)\s*see more$", _I)),
    # A user's handle on a line of its own: "@jane@example.social", "@jane.bsky.social", "@jane".
    ("handle", re.compile(r"^\s*@[\w.-]{1,60}(?:@[\w.-]{1,80})?$")),
    ("member stats", re.compile(r"^viewed [\d.,]+\s*[km]? times$", _I)),  # a question's views (Stack Exchange)
    ("member stats", re.compile(r"^\(\d[\d,]* points?\)$|^.{0,40}speciality level out of ten: \d+$", _I)),
    # Hive's "quaylight (68)": a user name and its reputation (lower case: the table is read ignoring case).
    ("member stats", re.compile(r"^(?-i:[a-z0-9][a-z0-9._-]{2,29}) \(\d{1,3}\)$")),
    ("profile link", re.compile(r"^user profile for user: .{1,60}$", _I)),
    ("member stats", re.compile(
        r"^(?:posts|threads|messages|joined|join date|reputation|karma"
        r"|points|reaction score|user level|likes received|solutions|registered|rank)\s*:\s*\S.{0,40}$", _I)),
    # A member's badge by their name (Facebook groups, GitHub, forums): the byline's, never a title.
    ("member badge", re.compile(
        r"^(?:admin|moderator|mod|group expert|top fan|new member|staff"
        r"|community manager|original poster|op|author|maintainer|collaborator"
        r"|contributor|member|owner|(?:top|rising|all-star|valued) (?:contributor|commenter)"
        r"|conversation starter|host|co-host)$", _I)),
    ("question furniture", re.compile(
        r"^(?:question: q:|answer: a:|question marked as solved|view answer in context"
        r"|all replies|page content loaded|i have this question too(?: \(\d+\))?"
        r"|view upvotes|answer requested by|add comment)$", _I)),  # Quora's too
    ("question furniture", re.compile(
        r"^(?:i have the same question(?: \(\d+\))?|answer accepted by (?:question )?author"
        r"|accepted answer|was this (?:answer|reply) helpful\??|yes no"
        r"|\d+ (?:people|person) found this (?:answer|reply) helpful\.?"
        r"|(?:\d+ comments?|no comments)(?: no comments)?(?: show comments for this answer)?(?: report a concern)?"
        r"|(?:\d+ votes? )?report a concern|sign in to (?:comment|answer|follow|vote)(?: follow)?)$", _I)),
    # Facebook's sort label over a feed or a post's comments.
    # Jive: a thread's reply count with its latest reply, a post's likes.
    ("issue number", re.compile(r"^#\d{1,6}$")),  # "#412" under a discussion's, a topic's or an issue's title
    ("thread stats", re.compile(r"^\d+ repl(?:y|ies) latest reply on .{3,60} by .{2,60}$|^like • show \d+ likes?\d*$", _I)),
    ("sort label", re.compile(r"^(?:most relevant|top posts|new activity|oldest|newest|hottest|most voted|inline feedbacks"
                              r"|sort(?:ed)? by:?)$", _I)),
    # Waline, Valine and Twikoo print each commenter's browser and system under the comment's date.
    ("user agent", re.compile(r"^(?:(?:chrome|firefox|safari|mobile safari|edge|opera|samsung internet|wechat|qq browser)"
                              r"|(?:windows|macos|mac os x?|ios|ipados|android|ubuntu|linux|harmonyos))"
                              r" \d+(?:[._]\d+){0,3}$", _I)),
    # Their comment form: "NickName", "E-Mail", "Website", a word counter "0 Words", "Login", "Submit".
    ("comment form", re.compile(r"^(?:nick ?name|\d+ words?)$", _I)),
    # wpDiscuz's subscribe box and the parent a reply answers ("Reply to  Marcus Lindqvist").
    ("comment form", re.compile(r"^(?:notify of|new follow-up comments|new replies to my comments)$"
                                r"|^(?-i:Reply to\s+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})$", _I)),
]
