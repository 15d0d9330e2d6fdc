"""The cue table: one row per line shape blog engines print around a post (a byline, a date line, tags,
a share row, a comment's header, a teaser link), in the order they are tried. ``cues`` reads lines with it.

Each row is (name, role, starts, needs, pattern): ``starts`` and ``needs`` are the fast reject (the line's
first word or its class, and text it must contain); the pattern must match the whole stripped line.
"""

from __future__ import annotations

from .dates import MONTHS
from .names import NAMES, USER


def _kw(words: str) -> str:
    """Keywords in any case and spacing ("POSTED  By"); the rest is case-sensitive: names need capitals."""
    return "(?i:" + r"\s+".join(words.split()) + ")"


_DATE = r"(?P<date>\S(?:.*?\S)?)"
_SEP = r"(?:\s+[|·•/–—-]\s+|\s*[|·•]\s*)"  # "/" and dashes need spaces: 3/14/2019 is one date
_COUNT = rf"(?P<count>\d+|{_kw('no')})"
_COMMENTS = _kw("comments?")
_READ = r"(?P<count>\d+|(?i:one|a))\s*" + _kw("min(?:ute)?s? read")  # Docusaurus: "One min read"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\.?)?"
_NETWORK = "(?:x|twitter|facebook|pinterest|linkedin|reddit|tumblr|whatsapp|telegram|threads|bluesky|mastodon|email)"
_SHARE_ITEM = _kw(f"email this|blogthis!|share(?: (?:to|on|via) {_NETWORK})?|shares|like|comment|tweet|pin(?: it)?"
                  "|print|reblog|restack|save|email")  # (Substack's "Restack")
_FURNITURE = _kw(r"(?:permalink|reply(?: (?:by|via) e-?mail)?|leave a (?:comment|reply)|post a comment|comments are closed"
                 r"|add (?:a|your) comment)\.?:?"
                 # "permalink embed save report reply"; Blogger shows its owner "Reply Delete"
                 r"(?:\s+(?:embed|save|report|reply|parent|give award|permalink|delete))*")
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_TEASER = _kw("continue reading|read more|keep reading|read the rest|read (?:the )?full (?:story|article|post)"
              "|expand")  # a mail client's collapsed message (HEY's Feed)


_ON, _BY, _PIPE, _DOT = rf"\s+{_kw('on')}\s+", rf"\s+{_kw('by')}\s+", r"\s*\|\s*", r"\s*[·•]\s*"
_ON_OPT = rf"(?:\s+{_kw('on')})?:?\s+"  # "Posted March 4", "Posted on March 4", "Posted: March 4"
_IN_CATEGORY = rf"(?:\s+{_kw('in')}\s+(?P<category>[^|]+?))?"
_TAIL = rf"(?:{_PIPE}(?:{_COUNT}\s+{_COMMENTS}|{_kw('leave a comment|comments off')}))?"  # "| 3 Comments"
_UPDATED_TAIL = rf"(?:(?:{_SEP}|\s+){_kw('(?:last )?updated')}(?:\s+{_kw('on')})?:?\s+\S.*?)?"  # "• Updated on Mar 6"
_MT_TAIL = rf"(?:{_PIPE}{_COMMENTS}\s*\((?P<count>\d+)\))?(?:{_PIPE}{_kw('trackback')}\s*\(\d+\))?"  # Movable Type
_NAME_LEAD = rf"(?:{NAMES}(?:{_DOT}|\s{{2,}}))?"  # Medium/Ghost: "Jane Doe · " or "Jane Doe  "
# (name, role, starts, needs, pattern); the order is the order of trial.
TABLE: list[tuple[str, str, str, tuple[str, ...], str]] = [
    ("syndication", "syndication", "the", ("appeared first",),
     r"The post (?P<title>.+) appeared first on (?P<source>.+?)\.?"),
    ("typepad_comment", "comment", "posted", (), rf"{_kw('posted by')}:\s*{NAMES}{_PIPE}{_DATE}"),
    # old Reddit: "submitted 5 hours ago * (last edited 4 hours ago) by jane_doe - stickied post"
    ("submitted_by", "byline", "submitted", (),
     rf"{_kw('submitted')}\s+(?P<date>\S.*?)(?:\s*\*\s*\([^)]*\))?\s+{_kw('by')}\s+(?:u/)?(?P<author>{USER})"
     rf"(?:@[\w.-]+)?(?:\s+-\s+.+|\s+{_kw('to')}\s+(?:[cr]/)?\S+)?"),  # Lemmy (mlmym): "… by jane to c/community"
    # OceanWP's meta keeps its screen-reader labels: "Post author:Jane Doe Post published:March 28, 2024 Post
    # category:Escalations Post comments:3 Comments" (the icons between them are not copied).
    ("post_labels", "byline", "post", ("published:",),
     rf"{_kw('post author')}:\s*{NAMES}\s+{_kw('post published')}:\s*{_DATE}"
     rf"(?:\s+{_kw('post categor(?:y|ies)')}:\s*(?P<category>.+?))?(?:\s+{_kw('post comments')}:\s*.+)?"),
    # Twenty Twenty's screen-reader labels on the meta's own lines: "Post author By Jane Doe", "Post date March 4, 2024".
    # OceanWP prints them with the colon glued to the value, a line each: "Post published:May 6, 2024".
    ("post_author_label", "byline", "post", ("author",), rf"{_kw('post author')}(?::\s*|\s+)(?:{_kw('by')}\s+)?{NAMES}"),
    ("post_date_label", "date", "post", ("date", "published"), rf"{_kw('post')}\s+(?i:date|published)(?::\s*|\s+){_DATE}"),
    ("post_category_label", "taxonomy", "post", ("categor",),
     rf"{_kw('post')}\s+(?i:categor(?:y|ies))(?::\s*|\s+)(?P<category>[^:]{{1,80}})"),
    ("posted_by_handle", "byline", "posted", (), rf"{_kw('posted by')}\s+(?:u/|@)(?P<author>{USER})"),  # Reddit
    # Old Blogger templates print the share buttons on the byline's line: "… at 10:32 AM Email ThisBlogThis!…".
    ("posted_by_at", "byline", "posted", (),
     # Typepad: "Posted by X at 04:40 PM in Orders | Permalink | Comments (5) | Reblog (0)"
     rf"{_kw('posted by')}\s+{NAMES}\s+{_kw('at')}\s+{_CLOCK}(?:\s+{_kw('in')}\s+(?P<category>[^|]{{1,60}}?))?"
     rf"(?:{_PIPE}{_kw('permalink')})?{_MT_TAIL}(?:{_PIPE}{_kw('reblog')}\s*\(\d+\))?(?:\s+(?:\d+|{_kw('no')})\s+{_COMMENTS})?"
     rf"(?:(?:\s*[|•·])?\s*{_SHARE_ITEM})*"),
    ("posted_by_on", "byline", "posted", (),
     rf"{_kw('posted by')}:?\s+{NAMES}{_ON}{_DATE}{_IN_CATEGORY}(?:{_PIPE}{_kw('permalink')})?{_MT_TAIL}"),
    ("posted_on_by", "byline", "posted published written", (),  # "Published April 9, 2024 by X" (Compete Themes)
     rf"{_kw('posted|published|written')}{_ON_OPT}{_DATE}{_BY}{NAMES}{_IN_CATEGORY}(?:\s+\({_kw('edited')}\s+[^)]+\))?"),  # Tildes
    # Ghost Scriptor: "Posted by Jane Doe in Callbacks, Queues" under the title, its date over it.
    ("posted_by_in", "byline", "posted", (" in ",), rf"{_kw('posted by')}\s+{NAMES}\s+in\s+(?P<category>[A-Z].{{0,120}})"),
    ("posted_on", "date", "posted", (), rf"{_kw('posted')}{_ON_OPT}{_DATE}{_UPDATED_TAIL}"),
    ("published", "date", "published pub", (), rf"(?:{_kw('published')}{_ON_OPT}|{_kw('pub')}:\s*){_DATE}{_UPDATED_TAIL}"),
    ("sent_on", "date", "sent", (), rf"{_kw('sent')}(?:\s+{_kw('on')})?\s+{_DATE}"),  # a newsletter archive: "Sent 19 Mar 2024"
    ("updated", "date", "updated last modified", (), rf"{_kw('(?:last )?(?:updated|modified)')}{_ON_OPT}{_DATE}"),
    # Vanilla: "March 4 edited March 5 in Refunds & Billing"
    ("edited_in", "date", "<date> <digit>", ("edited",),
     rf"(?P<date>[^•·|]+?)\s+{_kw('edited')}\s+[^•·|]+?\s+{_kw('in')}\s+(?P<category>[^|•·]+)"),
    # Nikola: "2024-02-26 09:05 (updated 2024-02-28 14:30)": the date first, its edit after it in brackets;
    # Hugo Mainroad adds the category, its icon lost: "2024-04-02 (Last Modified: 2024-04-15) Escalations".
    ("date_then_edit", "date", "<digit> <date>", ("updated", "edited", "modified"),
     rf"(?P<date>[^()]+?)\s*\({_kw('(?:last )?(?:updated|edited|modified)')}:?\s+[^()]+\)"
     r"(?:\s+(?P<category>[A-Z][\w&'-]*(?:\s+[A-Z&][\w&'-]*){0,3}))?"),
    # SMF: "Last Edit: March 04, 2024, 09:40:02 AM by marisol_v"
    ("last_edited", "date", "last edited", (), rf"{_kw('(?:last )?edit(?:ed)?')}:?(?:\s+{_kw('on')})?\s+{_DATE}(?:{_BY}\S+)?"),
    ("written_by", "byline", "written published", (), rf"{_kw('(?:written|published) by')}:?\s+{NAMES}"),
    # Hashnode's team posts name one writer and count the rest: "Priya Raman with 2 co-authors".
    ("with_coauthors", "byline", "<name>", ("co-author", "coauthor"),
     rf"{NAMES}\s+{_kw('with')}\s+(?:\d+|one|two|three|four)\s+{_kw('co-?authors?')}"),
    ("started_by", "byline", "started", (), rf"{_kw('started by')}:?\s+{NAMES}"),  # a forum topic's opener
    ("about_author", "byline", "about", (), rf"{_kw('about the author')}:?\s+{NAMES}"),
    # "By Jane Doe on March 4, 2024 in Refunds": the category after the date.
    ("by_on_in", "byline", "by", (" in ",),
     rf"{_kw('by')}:?\s+{NAMES}{_ON}{_DATE}\s+in\s+(?P<category>[A-Z][\w&'’-]*(?:,?\s+[A-Z&][\w&'’-]*){{0,5}})"),
    # Labelled fields on one line: "By: Jane Doe | Date: March 4, 2024", "Author: Jane Doe Date: March 4, 2024",
    # "Published: March 4, 2024 | Author: Jane Doe".
    ("labelled_by_date", "byline", "by author", ("date:", "published:", "posted:"),
     rf"{_kw('by|author')}:\s*{NAMES}(?:{_SEP}|\s+){_kw('date|published|posted')}:\s*{_DATE}"),
    ("labelled_date_by", "byline", "date published posted", ("by:", "author:"),
     rf"{_kw('date|published|posted')}:\s*{_DATE}(?:{_SEP}|\s+){_kw('by|author')}:\s*{NAMES}"),
    ("by_date", "byline", "by", (),
     rf"{_kw('by')}:?\s+{NAMES}(?<!\sPublished)(?<!\sPosted){_IN_CATEGORY}"
     rf"(?:{_SEP}|(?:\s+{_kw('published|posted')})?{_ON}|,\s*){_DATE}"
     rf"(?:{_SEP}{_COUNT}\s+{_COMMENTS})?"),  # Publii: "By Jane Doe Published on March 19, 2024"
    ("by", "byline", "by", (), rf"{_kw('by')}:?\s+{NAMES}\.?"),
    # Kadence hides the space in its "By" label's markup: "ByIsolde Fairweather" (a capital right after "By").
    # Blogger templates glue it too and print a dash spaced on one side: "byMaren Holt -March 4, 2024".
    ("by_glued", "byline", "<name>", (), rf"[Bb]y(?=[A-Z][a-z]){NAMES}(?:\s*[-–—|·•]\s*{_DATE})?"),
    ("date_by", "byline", "<digit> <date>", (" by ",),
     rf"{_DATE},?{_BY}{NAMES}{_IN_CATEGORY}(?:\s+(?:{_kw('leave a comment')}|{_COUNT}\s+{_COMMENTS}))?"),  # "4 March 2024, by X"
    # A theme that prints "by" before an author field left empty: "Jan. 18, 2024 by" (Wagtail's bakerydemo).
    ("date_by_nobody", "byline", "<digit> <date>", (" by",), rf"{_DATE}\s+{_kw('by')}"),
    # (a tag starts with a letter: bbPress's "March 4, 2024 at 10:32 am #4812" is the reply's anchor)
    ("date_hashtags", "date", "<digit> <date>", ("#",),
     rf"{_DATE}\s+(?P<tags>#[^\W\d][^\s#]*(?:\s+#[^\W\d][^\s#]*)*)"),
    # Hugo Tranquilpeak, many blog themes: "March 3, 2024 in Returns, Policy" (the categories' own capitals);
    # Karuna: "June 12, 2023, posted in Appointments".
    ("date_in", "date", "<digit> <date>", (" in ",),
     rf"{_DATE},?(?:\s+{_kw('posted')})?\s+in\s+(?P<category>[A-Z][\w&'’-]*(?:,?\s+[A-Z&][\w&'’-]*){{0,5}})"),
    # prose.sh: "Mar 04, 2024 on oakhurst desk", the date and the blog it was posted on.
    ("date_on_blog", "date", "<digit> <date>", (" on ",), rf"{_DATE}\s+on\s+[a-z][\w.-]*(?:\s+[a-z][\w.-]*){{0,4}}"),
    # "March 14, 2023Elin Marsh": a theme's bullet between date and author is drawn by CSS, never copied.
    ("date_name_glued", "byline", "<date> <digit>", (), rf"(?P<date>\S.*?(?:18|19|20)\d\d){NAMES}"),
    # Sela glues the comment link to the year the same way: "June 11, 20245 Comments" is June 11, 2024 and 5
    # comments; "April 30, 2024Leave a comment", the same link with none yet.
    ("date_count_glued", "date", "<date> <digit>", ("omment",),
     rf"(?P<date>\S.*?(?:18|19|20)\d\d)(?:(?P<count>\d{{1,4}})\s+{_COMMENTS}|{_kw('leave a comment|no comments')})"),
    # A featured post's badge beside its date: "Featured 14 March 2024".
    ("badge_date", "date", "featured sticky pinned", (), rf"{_kw('featured|sticky|pinned')}\s+{_DATE}"),
    # A comment's date over or under its text with its Reply link on the same line (Compete Themes, many
    # WordPress themes): "October 17, 2023 Reply", "Mar 4, 2024 at 9:12 am | Reply".
    ("date_reply", "comment", "<digit> <date>", ("reply",), rf"{_DATE}(?:\s+|{_SEP}){_kw('reply')}"),
    ("read_time_date", "byline", "<digit> <name>", ("read",), rf"{_NAME_LEAD}{_READ}{_DOT}{_DATE}"),
    ("date_read_time", "byline", "<digit> <date> <name>", ("read",), rf"{_NAME_LEAD}{_DATE}{_DOT}{_READ}"),
    ("read_time", "footer", "<digit>", ("read",), rf"{_READ}(?:\s*\({_kw('about')}\s+[\d,]+\s+{_kw('words')}\))?"),  # Icarus
    # Hugo LoveIt's meta once its icons are lost: "2024-07-16 684 words 4 minutes", "Jane Doe included in Refunds".
    ("date_stats", "date", "<digit> <date>", ("word",),
     rf"{_DATE}\s+[\d.,]+\s*[kK]?\s+{_kw('words?')}(?:\s+\d+\s+{_kw('min(?:ute)?s?(?: read)?')})?"),
    ("included_in", "byline", "<name>", ("included in",), rf"{NAMES}\s+{_kw('included in')}\s+(?P<category>\S.{{0,60}})"),
    # Quarto's listings print the reading time bare: "5 min" under the date and author.
    ("read_minutes", "footer", "<digit>", ("min",), r"(?P<count>\d{1,3})\s*(?i:mins?)"),
    ("time_of_day", "date", "<digit>", (":",), rf"{_CLOCK}"),  # LiveJournal: "10:42 pm" under the day's header
    ("journal_state", "footer", "current", (), rf"{_kw('current (?:mood|music|location)')}:\s*\S.*"),
    ("comment_links", "footer", "<(>", (), rf"\(\s*(?:{_COUNT}\s+{_COMMENTS}\s*\|\s*)?{_kw('leave a comment')}\s*\)"),
    ("name_date_fields", "byline", "<name>", ("|",),  # WordPress.com e-mail notifications
     rf"(?!(?i:by)\s){NAMES}{_PIPE}{_DATE}(?:{_PIPE}{_kw('tags')}:\s*(?P<tags>[^|]*?))?"
     rf"(?:{_PIPE}{_kw('categories')}:\s*(?P<category>[^|]*?))?(?:{_PIPE}{_kw('url')}:\s*(?P<url>\S+))?"),
    ("disqus_comment", "comment", "<name>", ("ago",), rf"{NAMES}{_DOT}(?P<date>.+?\s+{_kw('ago')})"),
    # Talkyard, Fediverse forums: "By Ingrid Solberg @ingrid_s 3 days ago" over the topic, the same without
    # "By" over each reply.
    ("by_handle_date", "byline", "by", ("@",), rf"{_kw('by')}\s+{NAMES}\s+@[\w.-]+(?:@[\w.-]+)?\s+{_DATE}"),
    ("name_handle_date", "comment", "<name>", ("@",), rf"{NAMES}\s+@[\w.-]+(?:@[\w.-]+)?\s+{_DATE}"),
    # Link aggregators: "via jane_doe 5 days ago | 11 comments" over the story, "jane_doe 4 days ago" over a comment.
    ("via_ago", "byline", "via", ("ago",), rf"{_kw('via')}\s+(?P<author>{USER})\s+(?P<date>\d+\s+\w+\s+{_kw('ago')})"
     rf"(?:{_PIPE}{_COUNT}\s+{_COMMENTS})?"),
    # Hive and Steemit print each user's reputation in brackets: "marrowfen (61) 3 days ago".
    ("user_ago", "comment", "<name>", ("ago",),
     rf"(?P<author>{USER})(?:\s+\(\d{{1,3}}\))?(?:\s+{_kw('edited')})?\s+(?P<date>\d+\s+\w+\s+{_kw('ago')})"
     rf"(?:\s*\|\s*{_kw('parent|next|prev|root|context')})*(?:\s*\[[–-]\])?"),  # Hacker News: "| parent | next [–]"
    # A card's meta under its excerpt: name, age and tags one space apart (Ghost Kaldorei: "Jane Doe 3 days ago
    # Refunds, Policy"); a comment's head has no tags after its age.
    ("name_ago_tags", "byline", "<name>", ("ago",),
     rf"{NAMES}\s+(?P<date>(?:\d+|an?)\s+\w+\s+{_kw('ago')})\s+(?P<category>[A-Z][\w&'’-]*(?:,?\s+[A-Z&][\w&'’-]*){{0,5}})"),
    # Hacker News: a submission's "12 points by jdoe 3 hours ago | hide | past | favorite | 8 comments".
    ("points_by", "byline", "<digit>", ("point",),
     rf"(?P<count>\d+)\s+{_kw('points?')}{_BY}(?P<author>{USER})\s+(?P<date>\d+\s+\w+\s+{_kw('ago')})"
     rf"(?:\s*\|\s*(?:{_kw('hide|past|favorite|flag|discuss|web')}|\d+\s+{_kw('comments?')}))*"),
    # ... and sign a post "3 days ago in #customerservice by quaylight (68)".
    ("ago_in_by", "byline", "<digit>", (" by ",),
     rf"(?P<date>\d+\s+\w+\s+{_kw('ago')})\s+{_kw('in')}\s+#(?P<category>[\w-]+){_BY}(?P<author>{USER})(?:\s+\(\d{{1,3}}\))?"),
    ("by_ago", "comment", "by", ("ago",), rf"{_kw('by')}\s+{NAMES}\s+(?P<date>\S.*?\s+{_kw('ago')})"),  # under a reply
    # WordPress.com Reader names the site between: "Jane Doe·thecounterbook.blog·5 days ago".
    ("name_dot_date", "byline", "<name>", ("·", "•"), rf"{NAMES}{_DOT}(?:[\w-]+(?:\.[\w-]+)+{_DOT})?{_DATE}"),
    # old Reddit: "[–]jane_doe [S] 864 points 3 years ago"
    ("reddit_comment", "comment", "<[>", ("point",),
     rf"\[[–-]\]\s*(?P<author>{USER})(?:\s*\[[A-Z]\])?\s+\d+\s+{_kw('points?')}\s+(?P<date>.+?)(?:\s*\(\d+ children\))?"),
    ("says", "comment", "<name>", ("says",), rf"{NAMES}\s+{_kw('says')}:?(?:\s+{_DATE})?"),
    ("said", "comment", "<name>", ("said",), rf"{NAMES}{_ON}{_DATE}\s+{_kw('said')}:?"),
    # Blogger's classic comments: "Greta Vonk said..." (or "Anonymous said..."), the time under the comment.
    ("said_ellipsis", "comment", "<name>", ("said",), rf"(?:{NAMES}|Anonymous|Unknown)\s+{_kw('said')}(?:\.\.\.|…)"),
    ("tags", "taxonomy", "tags tag labels label topics", (),  # HubSpot's "Topics:" (a forum's "Topic: X" is its thread)
     rf"{_kw('tags?|labels?|topics')}:\s*(?P<tags>.+)"),
    ("tagged", "taxonomy", "tagged", (), rf"{_kw('tagged')}(?:\s+{_kw('with')})?:?\s+(?P<tags>.+)"),
    ("filed_under", "taxonomy", "filed", (),
     rf"{_kw('filed under')}:?\s+(?P<category>[^|]+?)(?:\s+{_kw('tagged with')}:?\s+(?P<tags>[^|]+?))?{_TAIL}"),
    # October CMS's RainLab blog: "Posted in Network, Service updates on Jun 05, 2024".
    # Q&A sites: "asked Mar 3 at 14:22", "Asked 5 days ago" (Stack Exchange; "answered …" has its own row)
    ("asked", "date", "asked", (), rf"{_kw('asked')}\s+{_DATE}"),
    ("posted_in_on", "date", "posted", (" on ",), rf"{_kw('posted in')}\s+(?P<category>[^|]+?){_ON}{_DATE}"),
    ("posted_in", "taxonomy", "posted asked", (),  # Q&A communities: "asked in #Billing"
     rf"{_kw('(?:posted|asked) in')}:?\s+(?P<category>[^|]+?)(?:{_PIPE}{_kw('tagged|tags:?')}\s+(?P<tags>[^|]+?))?{_TAIL}"),
    # MkDocs Material, Medium: "in Escalations" (lower-case "in": "In Summary" is a heading).
    ("in_category", "taxonomy", "in", (), r"in\s+(?P<category>[A-Z][\w&'’-]*(?:,?\s+[A-Z&][\w&'’-]*){0,3})"),
    ("categorized_as", "taxonomy", "categorized categorised", (),  # WordPress Twenty Twenty-One
     rf"{_kw('categori[sz]ed as')}\s+(?P<category>.+?)(?:\s+{_kw('tagged')}\s+(?P<tags>.+))?"),
    ("categories", "taxonomy", "categories category", (), rf"{_kw('categor(?:y|ies)')}:\s*(?P<category>.+)"),
    ("joined", "profile", "joined", (), rf"{_kw('joined')}(?:\s+{_kw('on')})?:?\s+{_DATE}"),  # a profile's join date
    # Q&A sites: "Moira Tennent 35 Reputation points", "Kofi Lane • Follow 11,940 Reputation points • Moderator"
    ("reputation", "byline", "<name>", ("reputation",),
     rf"{NAMES}(?:\s*•\s*{_kw('follow')})?\s+[\d,.]+[kK]?\s+{_kw('reputation points?')}(?:\s*•.*)?"),
    # "Marisol Etxeberria - Monday, March 4, 2024 10:12:33 AM UTC" (Pony Mail, many blogs' "Jane Doe – March 4, 2024")
    # A comment's header ends with a colon, as "X says:" does: "Rufus Adeyemi — Mar 19, 2024:" (Mataroa).
    ("name_dash_date_said", "comment", "<name>", ("-", "–", "—"), rf"{NAMES}\s+[-–—]\s+{_DATE}:"),
    ("name_dash_date", "byline", "<name>", ("-", "–", "—"), rf"{NAMES}\s+[-–—]\s+{_DATE}"),
    # GitHub Discussions: "odalys-brenner started this conversation in Ideas"
    ("started_conversation", "byline", "<name>", ("this conversation", "this question"),
     rf"{NAMES}\s+{_kw('(?:started this conversation|asked this question) in')}\s+(?P<category>.+)"),
    # Confluence: "Created by Imogen Salter, last modified on Mar 04, 2024"
    ("created_by", "date", "created", ("modified", "updated"),
     rf"{_kw('created by')}\s+{NAMES},\s+{_kw('last (?:modified|updated)')}(?:\s+{_kw('on')})?\s+{_DATE}"),
    # Jive: "Question asked by Lena Harcastle on Mar 5, 2024 10:18 AM" over the question, "Correct Answer by …" over
    # the answer a box repeats.
    ("asked_by", "byline", "question asked", (), rf"(?:{_kw('question')}\s+)?{_kw('asked by')}\s+{NAMES}{_ON}{_DATE}"),
    ("answer_by", "comment", "correct helpful", (), rf"{_kw('(?:correct|helpful) answer by')}\s+{NAMES}(?:{_ON}{_DATE})?"),
    # Quora: "Answered Nov 18, 2023" (or "Updated …") under the answer's author, over the answer.
    ("answered", "date", "answered", (), rf"{_kw('answered')}\s+{_DATE}"),
    # NodeBB: "wrote on Mar 4, 2024, 10:32 AM" under the poster's name opens the topic's post; "replied to X on D"
    # opens a reply; "Last edited by X D" and "Last reply D" are the posts' furniture.
    ("wrote_on", "date", "wrote", (), rf"{_kw('wrote on')}\s+{_DATE}"),
    ("replied_to", "comment", "replied", (), rf"{_kw('replied to')}\s+\S.*?{_ON}{_DATE}"),
    ("last_edited_by", "footer", "last", ("edited",),
     rf"{_kw('last edited by')}\s+\S.*?\s+(?P<date>(?i:{_MONTH_WORDS})\.?\s+\d.*|\d.*)"),
    ("last_reply", "footer", "last", ("reply",), rf"{_kw('last reply')}\s+{_DATE}"),
    # GitHub: "on Feb 26", "on Mar 27 · 2 comments · 1 reply"
    ("on_date", "date", "on", (), rf"{_kw('on')}\s+(?P<date>(?i:{_MONTH_WORDS})\.?\s+\d.*)"),
    # Tumblr: "#customer service #support"; Blocksy prints its "#" icons with a space: "# etiquette# shared inbox".
    ("hashtags", "taxonomy", "<#>", (), r"#[^\s#\d][^#]*(?:#[^\s#][^#]*)*|#\s[^#]+(?:#\s[^#]+)+"),
    ("comment_count", "footer", "<digit> no", (), rf"{_COUNT}\s*{_kw('comments?|responses?|repl(?:y|ies)')}:?"),
    ("comments_paren", "footer", "comments comment", (), rf"{_COMMENTS}\s*\((?P<count>\d+)\)"),
    ("counter", "footer", "<digit>", (),
     rf"(?P<count>\d[\d,.]*\s*[kK]?)\s*{_kw('notes?|views?|likes?|shares?|reblogs?|reposts?|restacks?|quotes?|boosts?')}"),
    ("counter_label", "footer", "hits views reads visits", (), rf"{_kw('hits|views|reads|visits')}:\s*(?P<count>\d[\d,.]*)"),
    ("counter_paren", "footer", "reblog reblogs like likes share shares", (),
     rf"{_kw('reblog|like|share')}s?\s*\((?P<count>\d+)\)"),
    ("count_row", "footer", "<digit> <•> <·> <|>", (),
     rf"[•·|]?\s*(?P<count>\d+)\s+{_kw('comments?|notes?|likes?')}"
     rf"(?:\s*[•·|]\s*{_kw('reply|like|share|report|permalink')})*\s*[•·|]?"
     rf"(?:\s+{_kw('share|save|hide|report|crosspost|embed|fedilink')})*"),  # old Reddit: "57 comments share save hide report"
    ("share_row", "footer", "share shares email blogthis like comment tweet pin print reblog restack save <|> <•> <·>", (),
     rf"(?:(?:\s*[|•·])?\s*{_SHARE_ITEM})+:?"),
    ("furniture", "footer", "permalink reply leave post comments add", (), _FURNITURE),
    # Facebook's row under each comment: "Like · Reply · 49w", "Like · Reply · Share · 2d" (filed as a Reply link)
    ("comment_actions", "footer", "like", ("reply",),
     rf"{_kw('like')}\s*·\s*{_kw('reply')}(?:\s*·\s*{_kw('share|edit|hide|report|more')})*(?:\s*·\s*\d+\s*[smhdwy])?"),
    ("teaser", "teaser", "continue read keep expand", (),
     rf"{_TEASER}(?:\s+{_kw('of this (?:post|entry|article)')})?(?:\s*[“\"«](?P<title>[^”\"»]+)[”\"»])?"
     r"\s*(?:→|»|›|\.\.\.|…|>>)?"),
    ("ellipsis", "teaser", "<[>", (), r"\[\s*(?:…|\.\.\.)\s*\]"),
    # "· 2d ·": Facebook's age; "3w • Edited •": LinkedIn's; "Mar 04, 2024, 09:40 · ·23 · 61": Mastodon's, with
    # counts; "03-14-2024, 09:12 AM (This post was last modified: …)": MyBB's; a reading time glued on;
    # "March 4, 2024 · 32:14": a podcast episode's length.
    ("date", "date", "<digit> <date> <·> <•>", (),
     rf"(?P<date>.+?)(?:\s*•\s*{_kw('edited')}\s*•?|(?:(?:\s*·)+\s*[\d,.]+[kK]?)+|\s*·\s*\d{{1,2}}:\d\d(?::\d\d)?"
     rf"|\s+\((?i:this post was )?{_kw('(?:last )?(?:modified|edited)')}[^)]*\)"
     rf")?"),  # (a reading time glued on, Hugo Coder's "March 12, 2024 5-minute read": cues.READING_TIME_TAIL)
]
