"""Leading @mentions of a comment: "@Will James", "@Reader I've read…", "@A, @B …"."""

from __future__ import annotations

import re
import sys

from reader.ingest.comment_spans import is_name

_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*|\d[\w-]*")
_GAP = re.compile(r"[ ]+")
# Words that begin the comment's own sentence rather than continue a name.
STARTERS = frozenset(
    [
        "i",
        "i'm",
        "i’m",
        "i've",
        "i’ve",
        "i'd",
        "i’d",
        "i'll",
        "i’ll",
        "you",
        "we",
        "they",
        "he",
        "she",
        "it",
        "the",
        "this",
        "that",
        "these",
        "those",
        "a",
        "an",
        "and",
        "but",
        "or",
        "so",
        "yes",
        "no",
        "not",
        "thanks",
        "thank",
        "well",
        "why",
        "what",
        "how",
        "when",
        "where",
        "who",
        "if",
        "agreed",
        "agree",
        "exactly",
        "indeed",
        "sorry",
        "please",
        "there",
        "here",
        "my",
        "your",
        "our",
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "re",
        "ok",
        "okay",
        "oh",
        "ah",
        "hi",
        "hello",
        "dear",
        "good",
        "great",
        "nice",
        "true",
        "right",
        "wrong",
    ]
)


# A line that says whom the reply answers: "Replying to @ann", "In reply to Ann Lee".
_MARKER = re.compile(r"(?i:in reply to|replying to|reply to|in response to)\s+(?=\S)")


_OPEN = "([{<↳↪⤷→›»-–— "  # marks a link to the parent may open with ("↪ in reply to", "(re")
_CLOSE = " )]}>.:"  # and close with ("(replying to ann)")
MARKER_OPEN = frozenset("IiRr" + _OPEN)  # what a line reply_marker reads opens with


def reply_marker(text: str, whole: bool = False) -> list[str]:
    """The names a line that only says whom the reply answers gives ("Replying to
    @ann", "In reply to Ann Lee", "↪ in reply to Ann Lee", "(replying to ann)"); none for
    any other line. ``whole``: only where the name is all the line holds after the words
    (a line under a reply's text, where "Replying to the council: no" is the writer's)."""
    bare = text.lstrip(_OPEN).rstrip(_CLOSE)
    if bare[:1] not in "IiRr" or bare.count(" ") > 7 or (found := _MARKER.match(bare)) is None:
        return []
    names = leading_mentions(bare)
    if whole and (len(names) != 1 or bare[found.end() :].lstrip("@") != names[0]):
        return []
    return names


def leading_mentions(text: str) -> list[str]:
    """The names of the @mentions a comment opens with, or of the line that says whom
    it answers ("In reply to Ann Lee": as "@Ann Lee")."""
    names: list[str] = []
    rest = text.lstrip()
    if rest[:1] in "IiRr" and (marker := _MARKER.match(rest)) is not None:
        rest = rest[marker.end() :]
        rest = rest if rest.startswith("@") else "@" + rest
    while rest.startswith("@"):
        rest = rest[1:]
        tokens: list[str] = []
        position = 0
        while True:
            match = _TOKEN.match(rest, position)
            if not match:
                break
            token = match.group(0).rstrip(".")
            if tokens and (token.lower() in STARTERS or not token[0].isupper() or len(tokens) == 3):
                break
            tokens.append(token)
            position = match.end()
            gap = _GAP.match(rest, position)
            if not gap or match.group(0).endswith((".", ",")):
                break
            position = gap.end()
        if not tokens:
            break
        # One string a name, however many replies name it (interned: a page's replies
        # name its few commenters again and again).
        names.append(sys.intern(" ".join(tokens).rstrip("'’")))
        rest = rest[position:].lstrip(" ,;:–—-\n")
    return names


_SAYS = re.compile(r"^(\S+(?: \S+){0,3}) [^\W\d_]+:$")  # "Ann Lee wrote:", "Bo schrieb:"


def quoting(text: str) -> list[str]:
    """The name of a line that only says whose words follow ("Ann Lee wrote:", "ann77
    says:": a handle, or a name of capitalised words, and one word before the colon), as
    an @mention gives it; none for another line ("The forgotten ones:" leads a list)."""
    said = _SAYS.match(text) if len(text) <= 60 else None
    name = said.group(1) if said else ""
    words = name.split()
    if not name or (len(words) > 1 and not all(w[:1].isupper() for w in words)):
        return []
    return [name] if is_name(name) else []
