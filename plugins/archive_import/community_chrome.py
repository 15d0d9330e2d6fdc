"""Chrome of social networks, forums and Q&A sites: what their pages print around every post.

Entries of ``patterns.CHROME_PATTERNS`` (spliced in at their place in its
order: the first entry that matches a line decides its reason).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

COMMUNITY_CHROME: list[tuple[str, re.Pattern]] = [
    ("counter label", re.compile(r"^all reactions:?$", _I)),  # Facebook, over the bare count
    ("composer", re.compile(r"^(?:what['’]s on your mind|what['’]s happening|write something|start a post|create a post"
                            r"|write a post|share your thoughts|post your reply|everybody can reply)\s*(?:\?|\.\.\.|…)?$",
                            _I)),  # a feed's post box, a post's reply box
    # Mailing-list archives (Mailman's pipermail): links around each message, and its disguised address.
    ("list navigation", re.compile(r"^(?:(?:previous|next) message(?: \(by thread\))?:.{0,200}|messages sorted by:.{0,80}"
                                   r"|more information about the .{1,80}|mailing list|-+ next part -+"
                                   r"|an html attachment was scrubbed\.\.\.|url: <\S+>?)$", _I)),
    ("message status", re.compile(r"^(?:unread|read|starred),?$", _I)),  # Google Groups, before a message's date
    ("email address", re.compile(r"^[\w.+-]{1,64} at [\w-]+(?:\.[\w-]+)+$", _I)),
    # A logged-out reader's prompts and the app's footer links (Threads, X, Bluesky, Substack).
    ("sign-up prompt", re.compile(r"^(?:log in|sign in|sign up)(?: or (?:sign up|log in|create an account))?"
                                  r"(?: to (?:see|follow|reply|like|join|continue|comment|vote|view|read)\b.{0,80}| for \S+(?: \S+)?)"
                                  r"|(?:continue|sign in|log in|sign up) with .{1,30}|log in with username instead"
                                  r"|see what people are talking about.{0,60}|get the app|join the conversation\.?$", _I)),
    ("footer links", re.compile(r"^(?:privacy(?: policy)?|terms(?: of (?:service|use))?|cookies?(?: policy| settings)?"
                                r"|report a problem|accessibility|\w+ terms|privacy ∙ terms ∙ collection notice"
                                r"|(?:privacy|terms|help)(?: [·∙•|] (?:privacy|terms|help|collection notice|cookies))+)$", _I)),
    ("vote button", re.compile(r"^(?:upvote|downvote|vote|award|report|go to comments|expand comment search"
                               r"|search comments)$", _I)),  # Reddit, one a line
    ("translate button", re.compile(r"^(?:translate(?: post)?|see translation|show original)$", _I)),
    ("reaction summary", re.compile(r"^.{1,60} and [\d,.]+[kK]? others?$", _I)),  # Facebook, LinkedIn
    ("widget", re.compile(r"^(?:…|\.\.\.)\s*see more$", _I)),  # LinkedIn cuts a long post here
    # A user's handle on a line of its own: "@jane@example.social", "@jane.bsky.social", "@jane".
    ("handle", re.compile(r"^\s*@[\w.-]{1,60}(?:@[\w.-]{1,80})?$")),
    # Apple Communities: "(14 points)", "iPhoneSpeciality level out of ten: 6" (the product glued on).
    ("member stats", re.compile(r"^\(\d[\d,]* points?\)$|^.{0,40}speciality level out of ten: \d+$", _I)),
    ("profile link", re.compile(r"^user profile for user: .{1,60}$", _I)),
    ("member stats", re.compile(r"^(?:posts|threads|messages|joined|join date|reputation|karma|points|reaction score|user level"
                                r"|likes received|solutions|registered|rank)\s*:\s*\S.{0,40}$", _I)),  # a forum's poster block
    # A member's badge by their name (Facebook groups, GitHub, forums): the byline's, never a title.
    ("member badge", re.compile(r"^(?:admin|moderator|mod|group expert|top fan|new member|staff|community manager"
                                r"|original poster|op|author|maintainer|collaborator|contributor|member|owner"
                                r"|(?:top|rising|all-star|valued) (?:contributor|commenter)|conversation starter)$", _I)),
    ("question furniture", re.compile(r"^(?:question: q:|answer: a:|question marked as solved|view answer in context"
                                      r"|all replies|page content loaded|i have this question too(?: \(\d+\))?)$", _I)),
    ("question furniture", re.compile(r"^(?:i have the same question(?: \(\d+\))?|answer accepted by (?:question )?author"
                                      r"|accepted answer|was this (?:answer|reply) helpful\??|yes no|\d+ (?:people|person) found "
                                      r"this (?:answer|reply) helpful\.?|(?:\d+ comments?|no comments)(?: no comments)?(?: show "
                                      r"comments for this answer)?(?: report a concern)?|(?:\d+ votes? )?report a concern"
                                      r"|sign in to (?:comment|answer|follow|vote)(?: follow)?)$", _I)),  # Q&A sites
    ("sort label", re.compile(r"^(?:most relevant|top posts|new activity)$", _I)),  # Facebook
]
