"""The comment templates bench/layout_pages.py writes pages in, one family a template:
the header's parts and their order, the date form, the footer's actions, how replies
say what they answer. Even-numbered families are DEV (rules were written from their
misses), odd-numbered ones HELD_OUT (only scored)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """One site template (see the module's docstring)."""

    name: str
    header: str  # lines joined by "\n": {name} {handle} {user} {initials} {place} {badge} {date}
    # {login} (the handle without its "@", lower case: "lena_fro"), {first} (the first name)
    # and {k} (the comment's number on the page), {edited} (" · Edited" on some), {op}
    # (" · Author" when the article's writer writes it), {count} (the writer's count of
    # comments on the site, "1,204"), {stars} ("★★★★☆"), {to} (" in reply to Name"),
    # {stats} ("Posts: 1,204 · Joined: Mar 2019"), {votes} (a vote count), {said}
    # ("commented", "replied" on a reply), {path} ("1", "1.2", "1.2.1": its place in the tree),
    # {asked} ("Question", "Answer" on a reply), {level} ("1", "2" on a reply, "3" deeper),
    # {post} (a board's post number, "48210037"), {degree} ("1st", "2nd", "3rd+": the
    # writer's distance from the reader, on each record its own), {job} (the writer's own
    # line: "Harbour pilot at Kelpwick Ferries"); in ``noise`` lines {other} (another
    # writer's login on the page) and {label} (a tracker's label)
    dates: str  # a key of layout_dates.DATES
    footer: tuple[str, ...] = ()  # action lines under each comment ({n}: a count)
    replies: tuple[str, ...] = ()  # how replies say so: replying, inreply, mention, quote, indent,
    # blockquote (a line of the parent after "> "), replyto ("Reply to Name" over the
    # text), inheader (the header's {to}), wrote ("Name wrote:" and a line of the parent
    # over the text), numbered (the header's {path}), quotebox ("Quote from: Name" and a line
    # of the parent over the text), level (the header's {level}), postref (">>" and the
    # parent's {post} over the text), quoteall (every line of the parent after "> "),
    # tagged (the parent's name as the page shows it, no "@", opening the text), owner
    # (the ``reply_header`` says it: the answer under the record it answers)
    section: str = "Comments"  # the line over the list ({n}: how many)
    more: str = ""  # a line after a thread's last reply ("Load more replies", "View {n} replies")
    blank: bool = True  # blank lines between the page's lines, as most copies have
    badge_share: float = 0.3  # how many comments carry their badge line, if {badge} is used
    pad: str = "    "  # "indent" replies: this per level before each line ("\t"), or a
    # marker ("↳ ", "└ ") before the header's first line only, two spaces a level deeper
    deleted: float = 0.0  # share of comments deleted: "[deleted]" for the name, one line
    tiny: float = 0.0  # share of comments that are only an emoji or a link
    cites: float = 0.0  # share of comments that open with a sentence of the article
    pinned: str = ""  # a line over the first comment's header ("Pinned", "Top comment")
    op: float = 0.0  # share of comments the article's writer writes
    dates2: str = ""  # a page in two languages: half the comments dated in this form,
    footer2: tuple[str, ...] = ()  # with these actions and these reply markers
    reply2: str = ""  # ("Réponse à {to}"), the other half in the family's own
    after: tuple[str, ...] = ()  # lines under the footer: the header's signature at the end
    joined: str = ""  # the header's last line and the first text line on one line, this
    # between them ("\t", " "): the truth's first line is that whole line
    actions_first: bool = False  # the footer's actions between the header and the text
    barred: bool = False  # "indent" replies: the pad ("| ") before every line, once a level
    noise: tuple[str, ...] = ()  # lines the page puts between some records (an ad, a prompt)
    signoff: str = ""  # a line under some comments' text ("Cheers, {first}"): text or not
    to_words: str = " in reply to {to}"  # the header's {to} ("inheader" replies; {num}:
    # the parent's number on the page, as {k} prints it)
    anonymous: str = ""  # every writer shown by this one word ("Anonymous"): the author
    pings: float = 0.0  # share of records followed by a pingback line (a comment of its own)
    closing: tuple[str, ...] = ()  # lines after the list (a comment form), before the footer
    reply_words: str = "Reply to {to}"  # the line over a "replyto" reply's text ({num}: the
    # parent's number on the page, as {k} prints it)
    reply_under: bool = False  # the "replyto" line under the reply's text, not over it
    wrote_words: str = ""  # "wrote"/"quotebox" replies: the lines over the quote ("Quote:\n
    # Originally posted by {to}"), instead of "Name wrote:" / "Quote from: Name"
    clipped: str = ""  # the quote cut after its first words, this after them ("…"), as a
    # widget collapses a long quote; and the line under it (after "\n": "Click to expand...")
    summary: str = ""  # a line after some threads' last record standing for replies not
    # shown ({n} how many, {by} one or two of the page's writers: "3 replies by A and B")
    reply_header: str = ""  # the header of every reply instead of ``header``: another
    # party's answer ({owner}: the one person who writes every reply, the page's owner),
    # one answer to a record at most, none to an answer


FAMILIES = [
    Family(
        "stacked-ago",
        "{name}\n{date}",
        "ago",
        ("Reply · Share", "Like · Report"),
        ("mention",),
        more="Load more replies",
    ),
    Family(
        "name-dot-date",
        "{name} · {date}",
        "month-name-time",
        ("Reply",),
        ("quote",),
        section="{n} comments",
    ),
    Family("says", "{name} says:\n{date}", "month-name-time", ("Reply",), ("inreply",)),
    Family(
        "name-place",
        "{name}\n{place}\n{date}",
        "day-first",
        ("Antworten", "Melden"),
        ("mention",),
        section="Kommentare",
    ),
    Family(
        "handle-line",
        "{name} {handle} · {date}",
        "short-ago",
        ("{n} likes", "Reply"),
        ("replying",),
    ),
    Family(
        "avatar", "{initials}\n{name}\n{date}", "iso-time", ("Like", "Reply", "Share"), ("indent",)
    ),
    Family(
        "user-badge",
        "{user}\n{badge}\n{date}",
        "yesterday",
        ("▲ {n} ▼", "Reply"),
        ("quote", "mention"),
    ),
    Family("footer-dated", "{name}", "month-first", ("Reply", "{date}"), ("mention",)),
    Family(
        "name-pipe",
        "{name} | {date}",
        "day-first-slash",
        ("Reply", "Report"),
        ("replying",),
        more="View {n} replies",
    ),
    Family(
        "spanish",
        "{name}\n{date}",
        "spanish",
        ("Responder", "Denunciar"),
        ("mention",),
        section="Comentarios",
    ),
    Family(
        "french-tight",
        "{name}\n{date}",
        "french",
        ("Répondre",),
        ("quote",),
        section="Réactions",
        blank=False,
    ),
    Family(
        "invented-words",
        "{name}\n{badge}\n{date}",
        "iso",
        ("Zibble · Frop", "Quorn"),
        ("inreply",),
        badge_share=0.5,
    ),
    Family(
        "user-ago-tight",
        "{user}\n{date}",
        "ago",
        ("Reply", "Share", "Report"),
        ("replying",),
        blank=False,
    ),
    Family(
        "german-place",
        "{name}, {place}\n{date}",
        "german",
        ("Antworten",),
        ("indent",),
        section="Leserkommentare",
    ),
    Family("date-first", "{date}\n{name} wrote:", "month-name", ("Reply",), ("quote",)),
    Family(
        "name-handle-lines",
        "{name}\n{handle}\n{date}",
        "short-month",
        ("Reply", "{n} likes"),
        ("mention",),
        more="Load more replies",
    ),
]
# Shapes added in session 22 (issue 13): tab and marker indentation, deleted comments,
# comments of an emoji or a link, badges and handles, article quotes; same split.
FAMILIES += [
    Family(
        "tab-indent",
        "{name} · {date}",
        "day-month-name",
        ("Reply",),
        ("indent",),
        more="Show more",
        pad="\t",
        deleted=0.15,
        tiny=0.1,
    ),
    Family(
        "arrow-replies",
        "{name}\n{date}",
        "month-name",
        ("Like", "Reply"),
        ("indent",),
        pad="↳ ",
        tiny=0.15,
        cites=0.2,
    ),
    Family(
        "handle-only",
        "{handle}\n{date}",
        "short-ago",
        ("Reply", "{n} replies"),
        ("mention",),
        cites=0.3,
    ),
    Family(
        "badge-inline",
        "{name} {badge}\n{date}",
        "iso-time",
        ("Rispondi", "Segnala"),
        ("quote",),
        section="Commenti",
        badge_share=0.4,
        cites=0.3,
    ),
    Family(
        "initials-corner",
        "{initials}\n{name} · {date}",
        "german",
        ("Antworten", "Teilen"),
        ("indent",),
        section="Leserkommentare ({n})",
        pad="└ ",
        deleted=0.2,
    ),
    Family(
        "date-user",
        "{date} · {user}",
        "day-first-slash",
        ("👍 {n}", "Reply"),
        ("replying",),
        more="View {n} replies",
        tiny=0.15,
        deleted=0.1,
    ),
    Family(
        "name-role",
        "{name}, {place} · {date}",
        "short-month",
        ("Reply", "Flag"),
        ("mention",),
        more="Show more",
    ),
    Family(
        "handle-badge",
        "{handle} {badge}\n{date}",
        "ago",
        ("Reply",),
        ("mention",),
        badge_share=0.5,
        cites=0.2,
    ),
    Family(
        "date-pipe-name",
        "{date} | {name}",
        "month-name-time",
        ("Reply",),
        ("inreply",),
        deleted=0.1,
    ),
    Family(
        "name-badge-lines",
        "{initials}\n{name} {badge}\n{date}",
        "iso",
        ("Svara",),
        ("indent",),
        pad="  ",
        tiny=0.1,
    ),
    Family(
        "user-badge-line",
        "{user} {badge}\n{date}",
        "day-first",
        ("Reageren", "Delen"),
        ("quote",),
        section="Reacties",
        badge_share=0.5,
        cites=0.2,
    ),
    Family(
        "place-date-name",
        "{date}\n{name}, {place}",
        "french",
        ("Répondre", "Signaler"),
        ("mention",),
        section="Commentaires",
    ),
    Family(
        "name-over-handle",
        "{name}\n{handle} · {date}",
        "short-ago",
        ("Reply", "{n} likes"),
        ("mention",),
        tiny=0.1,
    ),
    Family(
        "handle-place",
        "{handle}\n{place}\n{date}",
        "yesterday",
        ("Reply",),
        ("replying",),
        more="Show {n} more replies",
        deleted=0.1,
    ),
    Family(
        "date-over-name",
        "{date}\n{name}",
        "day-month-name",
        ("Reply", "Share"),
        ("quote",),
        tiny=0.1,
    ),
    Family(
        "date-over-user-tight",
        "{date}\n{user}",
        "short-month",
        ("Antworten",),
        ("inreply",),
        section="Kommentare",
        blank=False,
    ),
]
# Shapes added in session 23 (issue 13), none in a family before: "· Edited" after the
# date, vote counts ("12 points"), a "Pinned" or "Top comment" line over the first
# comment, a "> " quote of the parent, the article's writer with an "Author" badge, a
# place in parentheses, the comment's number ("#12"), dates "Yesterday at 9:14 pm",
# "Mar 3", "03/04/2026 10:12", actions in Polish, Finnish, Portuguese, Turkish. Scored
# before any rule was written from them; same split.
FAMILIES += [
    Family(
        "edited-dot",
        "{name} · {date}{edited}",
        "day-word-pm",
        ("Reply", "{n} points"),
        ("blockquote",),
    ),
    Family(
        "hash-number",
        "#{k} {name}\n{date}",
        "short-no-year",
        ("Odpowiedz", "Zgłoś"),
        ("mention",),
        section="Komentarze ({n})",
    ),
    Family(
        "pinned-place",
        "{name} ({place})\n{date}",
        "slash-time",
        ("{n} points · Reply",),
        ("blockquote", "mention"),
        pinned="Pinned",
        op=0.15,
    ),
    Family(
        "author-badge",
        "{name}{op}\n{date}",
        "day-word-pm",
        ("Vastaa", "Ilmoita"),
        ("quote",),
        section="Kommentit",
        op=0.25,
    ),
    Family(
        "number-under",
        "{name}\n#{k} · {date}",
        "short-no-year",
        ("Responder", "{n} curtidas"),
        ("replying",),
        section="Comentários",
        more="Ver mais respostas",
    ),
    Family(
        "place-paren-edited",
        "{name} ({place}) · {date}{edited}",
        "slash-time",
        ("Yanıtla", "Şikayet et"),
        ("inreply",),
        section="Yorumlar",
    ),
    Family(
        "top-comment-tight",
        "{name}{op}\n{date}",
        "slash-time",
        ("{n} points", "Reply", "Share"),
        ("blockquote",),
        pinned="Top comment",
        blank=False,
        op=0.2,
    ),
    Family(
        "date-edited-name",
        "{date}{edited}\n{name} ({place})",
        "day-word-pm",
        ("Reply",),
        ("blockquote", "mention"),
        pinned="Top comment",
        more="Show more replies",
    ),
]
# Shapes added in session 24 (issue 13), none in a family before: "On DATE, Name wrote:"
# on one line, a comment count after the name ("(1,204 comments)"), a star rating line,
# "Was this helpful? Yes (3) No (1)", replies marked "Reply to Name" or by "in reply to
# Name" inside the header, "#12 Name · date" on one line, a page whose comments come in
# two languages (dates, actions and reply markers). Scored before any rule; same split.
FAMILIES += [
    Family(
        "on-date-wrote",
        "On {date}, {name} wrote:",
        "month-name-time",
        ("Reply", "Quote"),
        ("blockquote",),
        section="{n} replies",
    ),
    Family(
        "count-says",
        "{name} ({count} comments) says:\n{date}",
        "day-month-name",
        ("Reply",),
        ("replyto",),
    ),
    Family(
        "hash-inheader",
        "#{k} {name}{to} · {date}",
        "iso-time",
        ("Reply", "Was this helpful? Yes ({n}) No ({m})"),
        ("inheader", "blockquote"),
    ),
    Family(
        "stars-review",
        "{stars}\n{name}\n{date}",
        "short-month",
        ("Was this helpful? Yes ({n}) No ({m})", "Report"),
        section="{n} reviews",
    ),
    Family(
        "initials-stars",
        "{initials}\n{name}\n{stars} {date}",
        "day-first-slash",
        ("Helpful ({n})", "Reply"),
        ("indent",),
        pad="  ",
        section="Customer reviews",
    ),
    Family(
        "date-count-arrow",
        "{date}\n{name} · {count} comments",
        "ago",
        ("Reply",),
        ("indent",),
        pad="↳ ",
    ),
    Family(
        "bilingual",
        "{name}\n{date}",
        "month-name",
        ("Reply", "Share"),
        ("replyto",),
        section="Comments / Commentaires",
        dates2="french",
        footer2=("Répondre", "Partager"),
        reply2="Réponse à {to}",
    ),
    Family(
        "bilingual-inheader",
        "{name}{to}\n{date}",
        "german",
        ("Antworten",),
        ("inheader",),
        section="Kommentare / Comentarios",
        dates2="spanish",
        footer2=("Responder",),
        reply2=" en respuesta a {to}",
    ),
]
# Shapes added in session 25 (issue 13), none in a family before: a forum's post count
# and join date under the name, "Name wrote:" over a quoted line; a Q&A page's answers
# (votes over the text, "answered DATE", the name and reputation under it); a three-line
# header dated "il y a 3 heures"; a table's rows copied with tabs, the text in the last
# column; "Name commented:" / "Name replied:" headers dated "vor 3 Stunden"; actions
# between the header and the text; "1.2.1" numbering the tree; a chat log
# "[14:02] Name: text". Scored before any rule was written; same split.
FAMILIES += [
    Family(
        "forum-stats",
        "{name}\n{stats}\n{date}",
        "day-at-24",
        ("Quote", "Reply"),
        ("wrote",),
        section="{n} posts",
    ),
    Family(
        "qa-answers",
        "{votes}",
        "short-at-24",
        ("Share · Improve this answer · Follow",),
        section="{n} Answers",
        pinned="Accepted answer",
        after=("answered {date}", "{name}", "{count} reputation"),
    ),
    Family(
        "three-line-relative",
        "{name}\n{badge}\n{date}",
        "il-y-a",
        ("Répondre", "J'aime ({n})"),
        ("mention",),
        section="{n} commentaires",
        badge_share=1.0,
    ),
    Family(
        "tabbed-rows",
        "{name}\t{date}",
        "slash-time",
        section="Name\tDate\tComment",
        blank=False,
        joined="\t",
    ),
    Family(
        "commented-replied",
        "{name} {said}:\n{date}",
        "vor",
        ("Gefällt mir", "Antworten"),
        ("mention",),
        section="Kommentare ({n})",
    ),
    Family(
        "actions-first",
        "{name} · {date}",
        "short-at-24",
        ("♥ {n} · Reply · Share",),
        ("quote",),
        actions_first=True,
    ),
    Family(
        "numbered-tree",
        "{path}  {name} — {date}",
        "day-first",
        ("Reply",),
        ("numbered",),
    ),
    Family(
        "chat-log",
        "[{date}] {name}:",
        "clock",
        (),
        ("mention",),
        section="Live chat",
        blank=False,
        joined=" ",
    ),
]
# Shapes added in session 26 (issue 13), none in a family before: a mail archive's
# "From: / Date: / Subject: Re:" headers with "> " quotes; a review's stars and title,
# "Reviewed by Name on 3rd March 2026" and "Verified purchase"; a forum's "Re: subject
# « Reply #3 on: DATE »" over the name; a guestbook's "Name from Place wrote on DATE:";
# a mobile thread's age and actions on one line under the text ("3h  Like  Reply"); the
# date alone over the text, signed "— Name" under it; "user 3 hours ago | parent | next
# [–]" with "reply" under indented replies; letters under a title signed "Name, Place"
# with no date. Written and scored before any rule; same split.
FAMILIES += [
    Family(
        "mail-archive",
        "From: {name} <{user}@example.org>\nDate: {date}\nSubject: Re: {subject}",
        "rfc",
        replies=("blockquote",),
        section="{n} messages in this thread",
    ),
    Family(
        "review-titled",
        "{stars} {title}\nReviewed by {name} on {date}\nVerified purchase",
        "ordinal",
        ("{n} people found this helpful", "Helpful · Report"),
        section="Customer reviews ({n})",
    ),
    Family(
        "forum-reply-no",
        "Re: {subject} « Reply #{k} on: {date} »\n{name}",
        "weekday-full",
        ("Quote",),
        ("mention",),
    ),
    Family(
        "guestbook",
        "{name} from {place} wrote on {date}:",
        "ordinal",
        section="Guestbook",
    ),
    Family(
        "mobile-footer",
        "{name}",
        "short-ago",
        ("{date}  Like  Reply",),
        ("mention",),
        more="View {n} more replies",
    ),
    Family(
        "date-signed-dash",
        "{date}",
        "weekday-full",
        (),
        ("quote",),
        after=("— {name}",),
    ),
    Family(
        "hn-style",
        "{user} {date} | parent | next [–]",
        "ago",
        ("reply",),
        ("indent",),
    ),
    Family(
        "letters-signed",
        "{title}",
        "month-name",
        section="Letters",
        after=("{name}, {place}",),
    ),
]
# Shapes added in session 27 (issue 13), none in a family before: a handle and a post's
# age on one line ("@name · 2h") over icon counts; "| " before every line of a reply, once
# a level, under "Name — 4 March 2026"; no header at all, the text signed "— Name, DATE"
# under it; records with no date anywhere (a name and a place in brackets over the text;
# avatar initials over a name); "Name ha scritto il 5 marzo 2026 alle 14:02:" on one line;
# a forum's "Name » DATE" with a "Quote from: Name" box opening replies; a review's
# "7/10  Title" over "Name · Place · DATE". Written and scored before any rule; same split.
FAMILIES += [
    Family(
        "handle-age",
        "{handle} · {date}",
        "short-ago",
        ("💬 {m}   ♡ {n}",),
        ("replying",),
        section="{n} replies",
    ),
    Family(
        "bar-nested",
        "{name} — {date}",
        "day-month-year",
        ("Reply · Flag",),
        ("indent",),
        pad="| ",
        barred=True,
    ),
    Family(
        "signed-under",
        "",
        "day-month-year",
        section="Readers respond",
        after=("— {name}, {date}",),
    ),
    Family(
        "letters-undated",
        "{name} ({place})",
        "iso",
        ("Reply · Like ({n})",),
        section="Your comments",
    ),
    Family(
        "initials-undated",
        "{initials}\n{name}",
        "iso",
        ("Like · Reply",),
        ("mention",),
        section="{n} comments",
    ),
    Family(
        "italian-wrote",
        "{name} ha scritto il {date}:",
        "italian",
        ("Rispondi", "Mi piace ({n})"),
        ("mention",),
        section="Commenti ({n})",
    ),
    Family(
        "quote-box",
        "{name} » {date}",
        "day-month-name",
        ("Quote · Reply",),
        ("quotebox",),
        section="{n} posts",
    ),
    Family(
        "rated-score",
        "{score}  {title}\n{name} · {place} · {date}",
        "day-month-year",
        ("{n} found this useful",),
        section="Reader reviews ({n})",
    ),
]
# Shapes added in session 28 (issue 13), none in a family before: a reply count under the
# text and replies indented by three spaces under "Name · 3 maart 2026 om 14:02"; a Q&A's
# "Question from Name" / "Answer from Name"; a guestbook's "Entry #14" over "Name — Place"
# and a German day with no time; no header, the text signed "— posted by handle, 3 hours
# ago"; "level 2" over a lower-case handle and "· 3 hours ago", a bare vote count under
# the actions; "> " before every line of a reply, once a level; a Spanish post age ("hace
# 3 horas") under a "Comentario destacado" line; "In reply to handle" in replies indented
# by two spaces under a Polish date. Written and scored before any rule; same split.
FAMILIES += [
    Family(
        "dot-reply-count",
        "{name} · {date}",
        "dutch",
        ("{m} replies",),
        ("indent",),
        section="Reacties ({n})",
        pad="   ",
    ),
    Family(
        "qa-from",
        "{asked} from {name}\n{date}",
        "short-month",
        ("Helpful ({n})",),
        section="Questions and answers",
    ),
    Family(
        "entry-guestbook",
        "Entry #{k}\n{name} — {place}\n{date}",
        "german-day",
        section="Gästebuch ({n} Einträge)",
    ),
    Family(
        "posted-by-after",
        "",
        "ago",
        (),
        ("mention",),
        section="{n} comments",
        after=("— posted by {user}, {date}",),
    ),
    Family(
        "level-lines",
        "level {level}\n{user}\n· {date}",
        "ago",
        ("Reply", "Share", "{n}"),
        ("level",),
    ),
    Family(
        "chevron-barred",
        "{name} · {date}",
        "iso-time",
        ("Reply",),
        ("indent",),
        pad="> ",
        barred=True,
    ),
    Family(
        "spanish-hace",
        "{name} · {date}",
        "hace",
        ("Responder", "Me gusta ({n})"),
        ("mention",),
        section="Comentarios ({n})",
        pinned="Comentario destacado",
    ),
    Family(
        "inreply-indented",
        "{user} · {date}",
        "polish",
        ("Reply · Report",),
        ("inreply", "indent"),
        pad="  ",
    ),
]
# Shapes added in session 29 (issue 13), messy as copies are: avatar initials and a
# badge on lines of their own around "Name @handle", vote arrows ("12 ▲ 3 ▼"), "Like 4",
# "Show 3 more replies", " · Edited", deleted comments, ads and prompts between records,
# a signature under the text ("Cheers, Lena"), lower-case handles with "_" or digits alone
# or inside "Posted by handle on DATE" and "[–] handle 12 points 3 hours ago", the
# handle signed under the text ("handle · 3h"), "replied to Name" in an indented reply's
# header, undated letters signed "— Name, Place". Written and scored before any rule.
FAMILIES += [
    Family(
        "avatar-at-votes",
        "{initials}\n{name} {handle}\n{badge}\n{date}{edited}",
        "short-ago",
        ("{n} ▲ {m} ▼", "Reply · Share"),
        ("replying",),
        section="{n} Comments",
        more="Show {n} more replies",
        blank=False,
        badge_share=0.4,
        deleted=0.12,
        noise=("Advertisement", "Sponsored · Kelpwick Marine Supplies"),
    ),
    Family(
        "posted-by-lower",
        "Posted by {user} on {date}{edited}",
        "month-name-time",
        ("Like {n}", "Reply · Report"),
        ("blockquote",),
        section="Discussion ({n})",
        more="Show {n} more replies",
        deleted=0.1,
        signoff="Cheers, {first}",
        noise=("Share this discussion",),
    ),
    Family(
        "login-replied-indent",
        "{login}{to}\n{date}",
        "ago",
        ("Like {n}", "Reply"),
        ("inheader", "indent"),
        to_words=" replied to {login}",
        pad="    ",
        deleted=0.1,
        signoff="— {first}",
    ),
    Family(
        "initials-user-badge",
        "{initials}\n{user}\n{badge}\n{date}",
        "iso-time",
        ("{n} ▲ {m} ▼",),
        ("mention",),
        section="Join the conversation",
        more="Show {n} more replies",
        badge_share=0.5,
        deleted=0.1,
        noise=("Advertisement",),
    ),
    Family(
        "login-signed-under",
        "",
        "short-ago",
        ("Like {n} · Reply",),
        ("mention",),
        section="{n} responses",
        after=("{login} · {date}",),
        tiny=0.1,
        noise=("Continue reading below",),
    ),
    Family(
        "letters-dash-place",
        "",
        "iso",
        section="Letters to the editor",
        after=("— {name}, {place}",),
        signoff="Yours, {first}",
        noise=("Advertisement",),
    ),
    Family(
        "name-badge-handle-nested",
        "{name} {badge}\n{handle} · {date}{edited}",
        "short-month",
        ("Like {n}", "Reply"),
        ("replying", "indent"),
        pad="  ",
        more="Show {n} more replies",
        badge_share=0.35,
        deleted=0.1,
        signoff="Cheers, {first}",
    ),
    Family(
        "bracket-points-lower",
        "[–] {login} {votes} points {date}",
        "ago",
        ("permalink · save · reply",),
        ("indent",),
        pad="  ",
        more="load more comments ({n} replies)",
        deleted=0.1,
        noise=("Sponsored link",),
    ),
]
# Shapes added in session 30 (issue 13), each breaking one assumption of the finder as
# a widget's copied text does: a forum's lower-case login over a "Posts: … · Joined: …"
# line and a numbered date; a vote widget's footer of one-token lines ("12", "•",
# "Reply", "•", "Share ›") under a header opened by a mark ("• 3 hours ago"); a social
# thread's name, handle, "·" and age on four lines over bare counts; a Q&A answer headed
# by its vote count alone and signed under its actions ("answered DATE", name,
# reputation); a letters page with a headline over each letter and the name and place
# under it, no date, no action; reviews whose dated line names no one ("Reviewed in
# Place on DATE") under the name and a stars-and-title line; a chat log's "<login> text"
# on one line, no date; lower-case logins with "Reply to login" over a reply.
# Written and scored before any rule; same split (even dev, odd held out).
FAMILIES += [
    Family(
        "forum-login-stats",
        "{login}\n{stats}\n{date}\n#{k}",
        "short-month",
        ("Like · Quote · Reply",),
        ("wrote",),
        section="{n} posts in this topic",
    ),
    Family(
        "vote-widget-dots",
        "{initials}\n{name}\n• {date}",
        "ago",
        ("{n}", "•", "Reply", "•", "Share ›"),
        ("mention",),
        section="{n} Comments",
        blank=False,
    ),
    Family(
        "social-four-lines",
        "{name}\n{handle}\n·\n{date}",
        "short-ago",
        ("{m}", "{n}", "{m}"),
        ("replying",),
        section="Most relevant replies",
        blank=False,
    ),
    Family(
        "answers-signed-under",
        "{votes}",
        "short-at-24",
        ("Share", "Improve this answer", "Follow"),
        section="{n} Answers",
        after=("answered {date}", "{name}", "{count}"),
    ),
    Family(
        "letters-headlined",
        "{title}",
        "iso",
        section="Letters",
        after=("{name}", "{place}"),
    ),
    Family(
        "reviews-dated-apart",
        "{name}\n{stars}  {title}\nReviewed in {place} on {date}",
        "month-name",
        ("{n} people found this helpful", "Helpful · Report"),
        section="Top reviews",
    ),
    Family(
        "irc-log-undated",
        "<{login}>",
        "clock",
        (),
        ("mention",),
        section="Chat log",
        joined=" ",
        blank=False,
    ),
    Family(
        "login-reply-to",
        "{login}\n{date}",
        "day-word-pm",
        ("Reply",),
        ("replyto",),
        section="Discussion",
    ),
]
# Shapes added in session 31 (issue 13), each breaking one assumption of the finder as
# a widget's copied text does: a chat log's "[14:02] login: text", lower-case logins the
# only names; letters signed "login, Town" under the text, no date; an image board whose
# every writer is "Anonymous", a post number in the header and ">>number" over a reply;
# reviews opened by a stars line and a title, signed under the text, "Was this
# helpful?" under that; a flat thread whose replies quote all their parent's lines after
# "> "; a video site's "@login 3 days ago", bare like counts and "Reply", replies
# indented; a numbered thread whose replies say "#12 ↪ #9"; a blog's comments with
# pingback lines among them and a reply form under them. Written and scored before any
# rule; same split (even dev, odd held out).
FAMILIES += [
    Family(
        "chat-bracket-clock",
        "[{date}] {login}:",
        "clock",
        (),
        ("mention",),
        section="Live chat",
        joined=" ",
        blank=False,
    ),
    Family(
        "letters-login-town",
        "",
        "iso",
        section="Your letters",
        after=("{login}, {place}",),
    ),
    Family(
        "board-anonymous-numbers",
        "Anonymous {date} No.{post}",
        "board",
        (),
        ("postref",),
        section="Replies",
        anonymous="Anonymous",
    ),
    Family(
        "reviews-stars-helpful",
        "{stars}\n{title}",
        "day-month-year",
        section="Customer reviews",
        after=("{login} · {date}", "Was this helpful? Yes ({n}) No ({m})"),
    ),
    Family(
        "quote-all-flat",
        "{login} | {date}",
        "day-month-name",
        ("Reply",),
        ("quoteall",),
        section="{n} replies",
    ),
    Family(
        "video-at-ago",
        "{handle} {date}",
        "ago",
        ("{n}", "Reply"),
        ("mention", "indent"),
        section="{n} Comments",
        more="Show more replies",
        blank=False,
    ),
    Family(
        "counter-arrows",
        "#{k}{to} {name} · {date}",
        "short-month",
        ("Reply · Quote",),
        ("inheader",),
        to_words=" ↪ #{num}",
        section="Comments ({n})",
    ),
    Family(
        "pingbacks-reply-form",
        "{name}\n{date}",
        "month-name-time",
        ("Reply",),
        ("inreply",),
        section="{n} thoughts on “Harbour board weighs a winter timetable”",
        pings=0.3,
        closing=(
            "Leave a reply",
            "Cancel reply",
            "Your email address stays private. Fields marked * are required",
            "Comment *",
            "Name *",
            "Email *",
            "Website",
            "Post comment",
        ),
    ),
]
FAMILIES += [  # session 32: each pair breaks one assumption of the finder (README, issue 13)
    Family(  # names in the case each writer typed: "lenafro", "LenaFro", "lena froberg"
        "nick-case-indent",
        "{nick}\n{date}",
        "short-ago",
        ("Reply",),
        ("indent",),
        section="{n} comments",
    ),
    Family(
        "nick-says-replyto",
        "{nick} says:\n{date}",
        "month-name-time",
        ("Reply",),
        ("replyto",),
        section="{n} responses to “Harbour board weighs a winter timetable”",
        reply_words="In response to {to}.",
    ),
    Family(  # the name under the text, the date under the name, nothing over the text
        "signed-dash-under",
        "",
        "day-month-name",
        (),
        (),
        section="Readers respond",
        after=("— {name}, {place}", "{date}"),
    ),
    Family(
        "said-dated-under",
        "{name} said...",
        "month-name-time",
        (),
        ("replyto",),
        section="{n} comments:",
        after=("{date}",),
        reply_words="@{to}",
    ),
    Family(  # no date anywhere: the name alone over the text, an action under it
        "nick-undated-reply",
        "{nick}",
        "short-ago",
        ("Reply",),
        ("indent",),
        section="Comments",
    ),
    Family(
        "name-place-undated",
        "{name} · {place}",
        "short-ago",
        ("Like · Reply",),
        ("replyto",),
        section="What readers say",
    ),
    Family(  # the reply names its parent in words of its own over the text
        "response-to-line",
        "{name}\n{date}",
        "short-month",
        ("Reply · Report",),
        ("replyto",),
        section="{n} Comments",
        reply_words="In response to {to}:",
    ),
    Family(
        "answering-paren",
        "{login} · {date}",
        "ago",
        ("reply · flag",),
        ("replyto",),
        section="Discussion",
        reply_words="(answering {to})",
    ),
]
FAMILIES += [  # session 32, second round: a reply's own line, its words in no list, the name
    # wrapped in marks ("[re: bo_sand]"); the held one's words after a dash
    Family(
        "login-re-bracket",
        "{login} · {date}",
        "ago",
        ("Reply",),
        ("replyto",),
        section="{n} comments",
        reply_words="[re: {to}]",
    ),
    Family(
        "name-dash-for",
        "{name}\n{date}",
        "short-month",
        ("Reply",),
        ("replyto",),
        section="Comments",
        reply_words="— for {to}",
    ),
    # Session 33: each breaks one assumption the finder makes, as a widget's or a
    # forum's copy does (scored with main's code before any rule, README issue 13).
    Family(  # a blog's "Name said..." (no colon), its date and a "Delete" under the text:
        "said-dots-delete",  # an action no list knows, the same words on every record
        "{name} said...",
        "month-name-time",
        ("{date}", "Delete"),
        ("indent",),
        section="{n} comments:",
    ),
    Family(  # the date before the name, the name after "by" in lower case
        "posted-on-by-login",
        "Posted on {date} by {login}",
        "month-name-time",
        ("Reply",),
        ("mention",),
        section="{n} thoughts on this story",
    ),
    Family(  # a feed's display name, handle, dot and age each on a line of its own
        "display-handle-split",
        "{name}\n{handle}\n·\n{date}",
        "short-ago",
        ("{m}", "{n}"),
        ("replying",),
        section="Replies",
        blank=False,
    ),
    Family(  # a video site's handle over its age, counts and a lone "Reply" under the text
        "at-handle-ago-lines",
        "{handle}\n{date}",
        "ago",
        ("{n}", "Reply"),
        ("mention",),
        section="{n} Comments",
        more="{n} replies",
    ),
    Family(  # the reply opens with the parent's name, tagged without an "@"; the date
        "tagged-like-reply",  # in the action row under the text
        "{name}",
        "short-ago",
        ("Like · Reply · {date}",),
        ("tagged",),
        section="{n} comments",
    ),
    Family(  # the name, the date and whom it answers signed under the text
        "posted-by-under-inreply",
        "",
        "month-name-time",
        (),
        ("inheader",),
        section="Comments",
        after=("Posted by {name} | {date}{to}",),
        to_words=" | in reply to {to}",
    ),
    Family(  # a role over the name on some records: the first line is not always the name
        "role-over-name",
        "{badge}\n{name}\n{date}",
        "month-name",
        ("Reply · Report",),
        ("replyto",),
        section="Join the conversation",
        badge_share=0.35,
    ),
    Family(  # a login tagged without an "@" at the reply's start
        "login-tagged",
        "{login} · {date}",
        "short-month",
        ("Reply",),
        ("tagged",),
        section="{n} comments",
    ),
    Family(  # the date first, the name after it past "by": the name is not before the date
        "dated-by-login",
        "{date} by {login}",
        "short-at-24",
        ("Reply",),
        ("mention",),
        section="{n} comments",
    ),
    Family(  # a CMS's "Submitted by Name on DATE": the header opens with the page's words
        "submitted-by-on",
        "Submitted by {name} on {date}",
        "day-first",
        ("reply",),
        ("quote",),
        section="Comments",
    ),
]
# Session 34: each pair breaks one assumption of the finder as a real copy does (README,
# issue 13), written and scored with main's code before any rule; even dev, odd held out.
# A1 the header's first line (or the line over the date) is the writer: an avatar's
# label or a page's per-record label the same on every record stands over the name.
# A7 a reply says its parent in words ("Replying to", "in reply to"), an "@", a quote or
# indentation: here a mark between the writer and the parent's name in the header.
# A9 a header stands on lines of its own: here the writer and the text's first line share
# one line. A10 the name and the date stand apart (a mark, a space, a line): here a copy
# of a flex row glues them ("Ann Lee3 hours ago").
FAMILIES += [
    Family(  # an avatar image's alt text copied over each name
        "avatar-alt-over-name",
        "Avatar photo\n{name}\n{date}",
        "month-name-time",
        ("Reply",),
        ("indent",),
        section="{n} thoughts on this story",
    ),
    Family(  # a news site's label over each record, the name and date under it
        "label-over-name-dot",
        "Reader comment\n{name} · {date}",
        "short-month",
        ("Reply · Report",),
        ("mention",),
        section="Comments ({n})",
    ),
    Family(  # a widget's arrow from the replier to the parent's name in the header
        "arrow-to-header",
        "{name}{to}\n{date}",
        "short-ago",
        ("Like · Reply",),
        ("inheader",),
        section="{n} Comments",
        to_words=" ▸ {to}",
    ),
    Family(  # a login, an arrow and the parent's login, the age after a dot
        "login-arrow-login",
        "{login}{to} · {date}",
        "ago",
        ("Reply",),
        ("inheader",),
        section="Discussion",
        to_words=" → {login}",
    ),
    Family(  # a photo app's login and the text on one line, the age and likes under it
        "login-text-oneline",
        "{login}",
        "short-ago",
        ("{date} · {n} likes · Reply",),
        ("mention",),
        section="View all {n} comments",
        joined=" ",
        blank=False,
    ),
    Family(  # a name, a colon and the text on one line, the actions and age under it
        "name-colon-text",
        "{name}",
        "short-ago",
        ("Like · Reply · {date}",),
        ("indent",),
        section="Most relevant",
        joined=": ",
    ),
    Family(  # a flex row copied without a space between the name and its age
        "name-glued-ago",
        "{name}{date}",
        "ago",
        ("Reply",),
        ("mention",),
        section="{n} Comments",
    ),
    Family(  # a login glued to its date, the name over it
        "name-login-glued",
        "{name}\n{login}{date}",
        "short-month",
        ("Reply · Share",),
        ("replying",),
        section="Comments",
    ),
]
# Session 35: each pair breaks one assumption of the record finder or the author slot
# as a real copy does (README, issue 13), written and scored with main's code before any
# rule; even dev, odd held out. B1 a record's header carries a date: a chat copies a time
# of day alone. B2 the words around the name are few and known ("by", "says"): a numbered
# post line keeps the layout's own words around the name on every record. B3 a line
# repeating between records is an action of a known list: a thread toggle's words are in
# none. B4 the name opens the header or follows "by": a tracker's or a mail quote's
# sentence holds it among the layout's words.
FAMILIES += [
    Family(  # a team chat copied: the name over a time of day, the message under it
        "chat-name-over-clock",
        "{name}\n{date}",
        "clock",
        (),
        ("mention",),
        section="Channel history",
    ),
    Family(  # a chat's name and twelve-hour time on one line, the message under it
        "chat-name-clock12",
        "{name}  {date}",
        "clock12",
        (),
        ("mention",),
        section="Messages",
        blank=False,
    ),
    Family(  # a numbered post line, the layout's words around the name
        "comment-number-by",
        "Comment {k} by {name}\n{date}",
        "month-name-time",
        ("Reply",),
        ("mention",),
        section="{n} comments",
    ),
    Family(
        "message-number-in-thread",
        "Message {k} in thread: {name} ({date})",
        "short-at-24",
        ("Reply · Quote",),
        ("quote",),
        section="Thread",
    ),
    Family(  # a thread toggle under every record, its words in no list
        "toggle-hide-conversation",
        "{name}\n{date}",
        "short-ago",
        ("Like · Reply", "Hide conversation"),
        ("mention",),
        section="{n} comments",
    ),
    Family(
        "toggle-open-thread",
        "{name} · {date}",
        "ago",
        ("Open thread ({n})",),
        ("replying",),
        section="Conversation",
    ),
    Family(  # a tracker's timeline: the login, the verb and the age on one line
        "login-commented-ago",
        "{login} commented {date}",
        "ago",
        ("{n} reactions",),
        ("mention",),
        section="Activity",
    ),
    Family(  # a mail quote's opening: the date first, the name before "wrote:"
        "on-date-name-wrote",
        "On {date}, {name} wrote:",
        "month-name-time",
        (),
        ("quote",),
        section="Replies",
    ),
]
# Session 35 (replies): each pair breaks one assumption of the threading as a real copy
# does, written and scored with main's code before any rule; even dev, odd held out.
# R1 a reply's "in reply to" line stands over its text (the first paragraph is read):
# here under it, as widgets print the link after the text. R2 a quote repeats a whole
# line of the parent: here a collapsed quote, its first words and a mark, under the
# quoting words. R3 a cited number opens the line under the header (">>9", "#9"): here
# after words ("re: #3", "(reply to message #3)"). R4 the reply's words name the parent:
# here a tracker's header, "NAME replied to OTHER", "commented" on the others.
FAMILIES += [
    Family(  # a widget's link to the parent under the reply's text
        "reply-under-arrow",
        "{name}\n{date}",
        "short-ago",
        ("Like · Reply",),
        ("replyto",),
        section="{n} Comments",
        reply_words="↪ in reply to {to}",
        reply_under=True,
    ),
    Family(  # a blog's "(replying to Name)" under the reply's text
        "replying-under-user",
        "{user} · {date}",
        "month-name-time",
        ("Reply",),
        ("replyto",),
        section="{n} responses",
        reply_words="(replying to {to})",
        reply_under=True,
    ),
    Family(  # a forum's collapsed quote: "Name said:", its first words, "Click to expand..."
        "said-clipped-expand",
        "{name}\n{date}",
        "day-first",
        ("Like · Quote · Reply",),
        ("wrote",),
        section="{n} replies",
        wrote_words="{to} said:",
        clipped="…\nClick to expand...",
    ),
    Family(  # a board's "Quote:" box, "Originally Posted by name", the quote cut short
        "orig-posted-clipped",
        "{user}\n{date}",
        "iso-time",
        ("Quote · Reply",),
        ("quotebox",),
        section="Replies",
        wrote_words="Quote:\nOriginally Posted by {to}",
        clipped="...",
    ),
    Family(  # numbered posts, a reply's "re: #3" over its text
        "hash-re-words",
        "#{k} {name} · {date}",
        "short-month",
        ("Reply",),
        ("replyto",),
        section="{n} posts",
        reply_words="re: #{num}",
    ),
    Family(  # an archive's numbered messages, "(reply to message #3)" over the text
        "message-reply-paren",
        "Message #{k} — {name}\n{date}",
        "day-first-slash",
        ("Reply",),
        ("replyto",),
        section="Messages",
        reply_words="(reply to message #{num})",
    ),
    Family(  # a tracker's "Name replied to Other", "Name commented" on the rest
        "replied-to-header",
        "{name} {said}{to} · {date}",
        "short-ago",
        ("Reply",),
        ("inheader",),
        section="Activity",
        to_words=" to {to}",
    ),
    Family(  # a project board: the login, "responded to" the parent's login, the date under
        "responded-to-login",
        "{login} {said}{to}\n{date}",
        "month-first",
        ("Quote reply",),
        ("inheader",),
        section="{n} comments",
        to_words=" to {login}",
    ),
]
# Session 36: each pair breaks one assumption of the record finder as a widespread
# comment system prints its records (README, issue 13), written and scored with main's
# code before any rule; even dev, odd held out. C1 every header slot but the name and the
# date is the layout's words, the same on every record: here a network prints the
# writer's distance from the reader ("• 2nd") and the writer's own job line under the
# name. C2 a line between records is a record's or an action: here a collapsed thread's
# summary names its repliers ("3 replies by Ann Lee and Bo Sand"). C3 a reply has the
# header of every record: here the page's owner answers under a review with a header of
# its own words. C4 a line with a login and a date is a record's header: here a tracker's
# timeline prints events ("ann added the bug label 2 days ago") between the comments.
FAMILIES += [
    Family(  # a professional network: the name and the degree, the job line, the age
        "pro-degree-job",
        "{name} • {degree}\n{job}\n{date}",
        "short-ago",
        ("Like · Reply",),
        ("mention",),
        section="{n} comments",
    ),
    Family(  # the degree on a line of its own under the name, the job line, the age
        "pro-degree-under",
        "{name}\n• {degree}\n{job}\n{date}",
        "ago",
        ("Like", "Reply"),
        ("indent",),
        section="Comments",
    ),
    Family(  # a collapsed thread's summary naming its repliers
        "replies-by-names",
        "{name}\n{date}",
        "month-name-time",
        ("Reply · Share",),
        ("mention",),
        section="{n} comments",
        summary="{n} replies by {by}",
    ),
    Family(
        "names-replied-dot",
        "{name} · {date}",
        "short-ago",
        ("Like · Reply",),
        ("replying",),
        section="Most relevant",
        summary="{by} replied · {n} replies",
    ),
    Family(  # a review site: the owner's response under a review, its header its own
        "review-owner-response",
        "{name}\n{stars}\n{date}",
        "month-name",
        ("Helpful · Share",),
        ("owner",),
        section="Reviews",
        reply_header="Response from {owner}, owner\n{date}",
    ),
    Family(
        "review-owner-responded",
        "{name} · {place}\n{stars} {date}",
        "day-month-year",
        ("Helpful",),
        ("owner",),
        section="{n} reviews",
        reply_header="{owner}, Manager, responded to this review\nResponded {date}",
    ),
    Family(  # a tracker's timeline: label events between the comments
        "tracker-label-events",
        "{login} commented {date}",
        "ago",
        ("{n} reactions",),
        ("mention",),
        section="Activity",
        noise=(
            "{other} added the {label} label {date}",
            "{other} removed the {label} label {date}",
            "{other} added this to the {label} milestone {date}",
        ),
    ),
    Family(
        "tracker-close-events",
        "{login} commented on {date}",
        "short-month",
        (),
        ("quote",),
        section="Conversation",
        noise=(
            "{other} closed this as completed {date}",
            "{other} reopened this {date}",
            "{other} mentioned this issue {date}",
            "{other} self-assigned this {date}",
        ),
    ),
]
SESSIONS = {
    "s21": FAMILIES[:16],
    "s22": FAMILIES[16:32],
    "s23": FAMILIES[32:40],
    "s24": FAMILIES[40:48],
    "s25": FAMILIES[48:56],
    "s26": FAMILIES[56:64],
    "s27": FAMILIES[64:72],
    "s28": FAMILIES[72:80],
    "s29": FAMILIES[80:88],
    "s30": FAMILIES[88:96],
    "s31": FAMILIES[96:104],
    "s32": FAMILIES[104:112],
    "s32b": FAMILIES[112:114],
    "s33": FAMILIES[114:122],
    "s33b": FAMILIES[122:124],
    "s34": FAMILIES[124:132],
    "s35": FAMILIES[132:140],
    "s35r": FAMILIES[140:148],
    "s36": FAMILIES[148:156],
}  # when written
DEV = [f for k, f in enumerate(FAMILIES) if k % 2 == 0]  # rules were written from these
HELD_OUT = [f for k, f in enumerate(FAMILIES) if k % 2 == 1]  # and only scored on these
UNREAD: set[str] = {
    "initials-undated",
    *(f.name for f in FAMILIES[80:112:2]),
    *(f.name for f in FAMILIES[114:148:2]),  # and s33's, s34's and s35's dev families
    "review-owner-response",  # s36's: its rules read the other three right, not the owner's
}  # dev families not held to being read right (a new session's; s31's read right)
READ = [f for f in DEV if f.name not in UNREAD]  # the tests read these right
