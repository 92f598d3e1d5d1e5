"""The marks that make a line a byline, or stand alone over one: "By", "Posted by", "by:",
"Von", "Par", "Por", "Author:", "Text:", "Story:", "Guest column by", "About the author",
"From Ann Lee in Lisbon", a reading time ("5 min read"); a photo's credit ("Photo by"), a
translator ("Translated by"), an editor ("Editing by"), a producer or a helper
("Additional reporting by") is none, nor a link to the writer's other pieces ("More
articles by"). "By Staff Reporter", "By Our Correspondent" is a byline that names no one.
"""

from __future__ import annotations

import re

from reader.ingest.date_patterns import YEAR
from reader.ingest.dates import has_date, is_date_line
from reader.ingest.published_parts import DATING_WORDS
from reader.ingest.text_shape import word_count

# The credits before "by" that name no author: a photo's, a translator's, an editor's, a
# reviewer's.
OTHER_CREDITS = (
    r"photo\w*|images?|pictures?|illustrations?|videos?|graphics?|maps?|cartoons?|artwork"
    r"|design|translat\w*|edit\w*|reviewed|checked|produc\w*|additional"
)
# The words that open a link to a writer's other pieces ("More articles by Ann Lee"),
# no credit of this one
_OTHER_PIECES = r"more|other|all|latest|recent|read|see|view|browse"
# A sponsor's label under the headline ("Sponsored by", "Brought to you by", "In
# partnership with and funded by"): the payer, no writer
_SPONSORS = r"sponsor\w*|fund\w*|paid|present\w*|brought|support\w*|partner\w*|underwrit\w*"
_BY = "by|von|par|por|door"  # the plain markers, one for each language
_NO_WRITER = rf"(?!(?:{OTHER_CREDITS}|{_OTHER_PIECES}|{_SPONSORS})\b)"
# A place a writer reports from, named after the names ("in Lisbon", "at the High Court")
PLACE = r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}"
# "As told to Ann Lee": a piece in its subject's voice, written by the one it was told to
TOLD = r"as\s+told\s+to"
MARKER = re.compile(  # "By", "Posted by", "Analysis by", "Guest column by", "Von"; a photo's
    # credit, a translator, an editor, a reviewer or a sponsor is none ("Words and photos
    # by" is the writer's, "… and funded by" a sponsor's)
    rf"^[\W_]*(?:(?:{_NO_WRITER}[^\W\d_]+\s+){{0,2}}"
    rf"{_NO_WRITER}[^\W\d_]+(?:\s+and\s+(?!(?:{_SPONSORS})\b)[^\W\d_]+)?\s+by"
    rf"|{_BY}|{TOLD}"
    # "From Ann Lee in Lisbon": the names, then the place, and the line ends (or a piece)
    rf"|from(?=\s+[^,;]+?\s+in\s+(?-i:{PLACE})\s*(?:[|·•]|$)))"
    r"\s*[:.–—-]?\s+(?=\S)"
    r"|^[\W_]*(?-i:[Bb]y)(?=[A-ZÀ-Þ])",  # glued to the name: "ByAnn Lee", "byAnn Lee"
    re.IGNORECASE,
)
THE_PIECE = r"article|story|post|piece"  # the words a page calls itself by ("this story")
# The credits before "by" that name the writer ("Story by", "Reporting by", "Words and
# pictures by", "Guest column by"), or a plain "By": a line that closes the body with any
# other ("Organised by", "Hosted by") names someone else
_WRITING = (
    r"report\w*|writ\w*|stor(?:y|ies)|words|text|compiled|column|analysis|commentary"
    r"|interview\w*|posted|essay|feature|research\w*"
)
WRITING_BY = rf"(?:{_WRITING})(?:\s+and\s+[^\W\d_]+)?\s+by"  # "words and pictures by"
_CREDIT_BY = rf"^[\W_]*(?:[^\W\d_]+\s+)?{WRITING_BY}\b"  # "Words by", "Guest column by"
_WRITING_CREDIT = re.compile(rf"{_CREDIT_BY}|^[\W_]*(?:{_BY}|from)(?!(?-i:[a-z]))", re.IGNORECASE)
CREDIT_BY = re.compile(_CREDIT_BY, re.IGNORECASE)
# The writer's role, where a line names them ("Contact reporter Ann Lee at …", "Ann Lee
# is a staff writer at …")
WRITER_ROLES = (
    r"writer|reporter|editor|correspondent|contributor|columnist|journalist|author|critic"
    r"|blogger"
)
# A writer's role before the names ("Political correspondent Ann Lee", "By Harbour Daily
# health reporter Ann Lee"): the role says the line is a byline, as "By" does
ROLE_BEFORE = re.compile(
    rf"^[\W_]*(?:(?:the|our)\s+)?(?:(?!by\b)[^\W\d_][\w'’.&-]*\s+){{0,3}}?(?:{WRITER_ROLES})s?"
    r"\s+(?=(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
# What says the role is a person's, not the post they write in ("Former editor Marla
# Quint", "The late editor …", "Children's author …"): an article, a possessive, a word of
# their past or their fame before the role; only a desk or a beat stands before a byline's
NOT_A_DESK = re.compile(
    r"^(?:the|a|an|his|her|their|its|former|late|ex|retired|then|onetime|one-time|longtime"
    r"|veteran|famed|acclaimed|celebrated|renowned|beloved|award-winning|bestselling|fellow)$"
    r"|['’]s?$",
    re.IGNORECASE,
)
PLAIN_MARKER = re.compile(
    rf"^[\W_]*(?:(?:posted|written)\s+by|{_BY})\b|^\s|^(?:authors?|autor)",
    re.IGNORECASE,
)
_DATED_OPENING = re.compile(rf"^\W*(?:{DATING_WORDS})\b", re.IGNORECASE)
_DATE_ENDS = re.compile(rf"{YEAR}\W*$")  # the line's year ends it, the marker after it
_INNER_MARKER = re.compile(r"\s(?:by|von|par|por)\s*:?\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)
# The words a label of the writing opens with ("Text: Ann Lee", "Story: Ann Lee",
# "Reporting: Ann Lee"), and the writer's roles ("Reporter:", "Columnist:", "Contributor:";
# an editor's is no writer's)
_LABEL_WORDS = ["text", "texte", "texto", "testo", "tekst", "текст", "words", "story", "reporting"]
_LABEL_WORDS += [role for role in WRITER_ROLES.split("|") if role != "editor"]
LABEL = re.compile(
    r"^(?:authors?|autor(?:in)?|auteur|autore|about the author)\s*(?:[:|–—-]\s*|$)"
    rf"|^(?:{'|'.join(_LABEL_WORDS)})s?\s*:\s*",
    re.IGNORECASE,
)
# A word each of MARKER, LABEL and _INNER_MARKER needs (case folded), or a label's opening
MARKER_WORD = re.compile(rf"{_BY}|aut|from|told")
LABEL_OPENINGS = tuple(_LABEL_WORDS)
_UNSIGNED = re.compile(  # "By Staff Reporter", "By Our Correspondent | May 2": no one named
    r"^[\W_]*(?:by|from)\s+(?:(?:our|a|an|the)\s+)?(?:(?:staff|special|senior|foreign|political|news"
    r"|online|web|editorial|wire)\s+)*(?:staff|reporters?|correspondents?|writers?|desk|team"
    r"|newsroom|editors?|bureau|board|reports|services|agencies|wires)\b(?:\s+in\s+(?-i:[A-ZÀ-Þ])[^|·•]*)?"
    r"\s*(?:[|·•,–—-].*)?$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^[\W_]*(?:(?:posted|written|published)\s+by\b|authors?\s*:|about the author)", re.IGNORECASE
)
READ = re.compile(r"\b\d+\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)  # "5 min read"


def marker_after_date(piece: str) -> re.Match[str] | None:
    """ "27. Januar 2014 by Berta Roos", "Published May 2, 2026 by Ann Lee": the marker
    after the date line that opens the piece, or after a dating line ending on its date."""
    inner = _INNER_MARKER.search(piece)
    if inner is None:
        return None
    before = piece[: inner.start()]
    if is_date_line(before) or (
        _DATED_OPENING.match(before) and _DATE_ENDS.search(before) and has_date(before)
    ):
        return inner  # "Posted in News, Ferries on May 2, 2026 by Ann Lee": its date last
    return None


def is_writing_credit(text: str) -> bool:
    """ "Story by Ann Lee. Photos by Bo Park.", "(Reporting by Ann Lee)", "By Ann Lee": a
    credit for the writing; "Organised by Ann Lee" is none."""
    return MARKER.match(text) is not None and _WRITING_CREDIT.match(text) is not None


def is_unsigned(text: str) -> bool:
    """A byline that names no person: "By Staff", "By Staff Writer | May 2, 2026"."""
    return _UNSIGNED.match(text.strip()) is not None


def past_role(text: str) -> str:
    """The text past the writer's role that opens it ("senior economics writer Ann Lee"
    is "Ann Lee")."""
    role = ROLE_BEFORE.match(text)
    return text[role.end() :] if role else text


def is_author_label(text: str) -> bool:
    """ "About the author", "Author:", or a signature's marker ("Written by", "Posted by")
    alone on a line, over the name."""
    text = text.strip()
    return LABEL.fullmatch(text) is not None or (is_signature(text) and is_marker(text))


def is_signature(text: str) -> bool:
    return _SIGNATURE.match(text) is not None


def is_marker(text: str) -> bool:
    """ "By", "Author:" or "About the author" alone on its line, over the names."""
    text = text.strip()
    plain = PLAIN_MARKER.match(text) is not None and MARKER.match(text + " x") is not None
    return (word_count(text) <= 2 and plain) or LABEL.fullmatch(text) is not None
