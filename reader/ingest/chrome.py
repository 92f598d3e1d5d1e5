"""Site chrome: lines that belong to the page's furniture, not to the article."""

from __future__ import annotations

import re

from reader.ingest.text_cache import cache_text

_CHROME = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|skip to (?:main )?content"
    r"|continue reading(?: the main story)?"
    r"|(?:the )?(?:story|article|text) continues"
    r"(?: (?:below|after|under)(?: th(?:is|e))?(?: \w+)?)?"
    r"|read more|see more|show more|load more|more"
    r"|share(?: this)?(?: article| story| on \w+)?|tweet|email|print|comments?|reply|report"
    r"|like|follow(?: us)?|subscribe|subscriptions|sign (?:in|up|out)|log ?in|log ?out"
    r"|register|menu|search|home"
    r"|close|open|back to top|top|next|previous|facebook|twitter|x|linkedin|reddit|whatsapp"
    r"|pinterest|instagram|youtube|tiktok|copy link|link copied|save|saved|listen|play"
    r"|leave a (?:reply|comment)|post a comment|cancel reply|submit|post comment|required"
    r"|(?:your )?(?:name|email|website)\s*\*?|comment\s*\*?|terms of (?:use|service)"
    r"|privacy policy|cookie (?:policy|settings)|contact us|about us|newsletters?|sections?"
    r"|more options|resize text|print (?:article|story|page)|share via \w+|text size)"
    r"[\s:.!»›>]*$",
    re.IGNORECASE,
)
_CHROME_PHRASE = re.compile(
    r"^(?:\d*click to (?:share|email|print|tweet)\b|share this:|like this:"
    r"|.{0,60}\(opens in new window\)"
    r"|subscribe to\b|sign up for\b|get (?:our|the) \w+ newsletter|follow us on\b"
    r"|\d+\s+(?:comments?|responses?|replies|shares?)\b|view comments\b|all rights reserved"
    r"|you (?:must|need to) be logged in|this site uses akismet|notify me of"
    r"|save my name, email|your email address will not be published|filed under\b|tags?:"
    r"|posted in\b|categories:|related(?: articles| stories| posts)?:?$"
    r"|most (?:read|popular|viewed)|more (?:in|from|on)\b|recommended\b|trending\b|sponsored\b"
    r"|\d+\s*min(?:ute)?s?\.? read$|listen to (?:this )?(?:article|story)\b"  # reading time
    r"|(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)"
    r"\s*:?\s*\d+\s*\w*\.?$)",
    re.IGNORECASE,
)
_CRUMB_SEPARATOR = re.compile(r"\s+[/»›>|]\s+|\s*[»›]\s*")
_CRUMB_START = re.compile(r"^(?:(?i:you are here)\b|(?i:home)(?=[A-Z]|\s*[»›>/|:]))")


def is_breadcrumb(text: str) -> bool:
    """The path to the page: "Home » Garden » Vines", "you are here: Home…"."""
    if _CRUMB_START.match(text):
        return True
    parts = _CRUMB_SEPARATOR.split(text)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts)


_REPLY_FORM = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment"
    r"|your email address will not be published|you must be logged in to post)\b",
    re.IGNORECASE,
)
_FORM_FIRST = frozenset("LlPpAaYy")  # the first letters of its phrases


def opens_reply_form(text: str) -> bool:
    """The head of the form a reader comments with: the article stands above it."""
    # The cheap test first: the form's first words open with one of these letters.
    return text.lstrip()[:1] in _FORM_FIRST and _REPLY_FORM.match(text.strip()) is not None


_IMAGE_NAME = re.compile(
    r"^[^\s/\\]*\w[^\s/\\]*\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)"
    r"(?:\s*\(?\d{2,5}\s*[x×]\s*\d{2,5}(?:\s*px)?\)?)?$",
    re.IGNORECASE,
)


def is_image_name(text: str) -> bool:
    """An image's file name alone on a line ("harbour-dawn-1160x768.jpg", perhaps with
    its size after it): what a figure's hidden title or an image that did not load
    leaves in the text. No button (not ``is_chrome``): images between paragraphs do not
    end a story as a row of share buttons does."""
    return _IMAGE_NAME.match(text.strip()) is not None


# A widget the copy left as text: a CMS shortcode ("[button link=…] Send us…"), a
# notice that the widget needs JavaScript
_WIDGET = re.compile(
    r"^\[\w+(?:\s+\w+=[^\]]*)?\]|\b(?:requires|needs|enable) javascript\b", re.IGNORECASE
)


def is_widget(text: str) -> bool:
    return _WIDGET.search(text) is not None


@cache_text
def is_chrome(text: str) -> bool:
    """Navigation, buttons, counters, forms: text a reader does not read. Asked once a
    text: a page repeats its buttons ("Reply" under every comment)."""
    return _CHROME.match(text) is not None or _CHROME_PHRASE.match(text) is not None


def is_furniture(text: str) -> bool:
    """Boilerplate a reader skips: chrome, an image's file name, a widget left as text."""
    return is_chrome(text) or is_image_name(text) or is_widget(text)


_INVITE = re.compile(
    r"\b(?:sign(?:ing)?[ -]?up|subscribe|subscription|never miss|follow (?:us|me)"
    r"|follow\b[^.!?]{0,60}\bon (?:facebook|twitter|instagram|linkedin|youtube)"
    r"|get (?:the latest|breaking)|(?:like|want|love) to hear|letters? to the editor"
    r"|download (?:our|the)(?: \w+){0,3} app"
    r"|(?:sent|delivered) (?:straight |right )?(?:to|through) your (?:inbox|door|letterbox))\b",
    re.IGNORECASE,
)
_CHANNEL = re.compile(
    r"\b(?:newsletters?|inbox|e-?mail|app|premium|letters?|twitter|facebook|instagram|linkedin"
    r"|youtube|podcasts?|magazine|alerts?|here|today|free)\b",
    re.IGNORECASE,
)
ADDRESSED = re.compile(r"\b(?:you|your|our|us|we)\b", re.IGNORECASE)  # to the reader
_PITCH_WORDS = 40


_INVITES = re.compile(rf"{_INVITE.pattern}|\bnewsletters?\b", re.IGNORECASE)  # one search


def invites(text: str) -> bool:
    """Does the line invite the reader to sign up, subscribe, follow, or name a
    newsletter ("Sign up for The Morning Tide", "Newsletters")?"""
    return _INVITES.search(text) is not None


def is_pitch(text: str) -> bool:
    """The site asking for the reader: a newsletter, an app, a subscription, letters
    ("Never miss a tide table: sign up to our free newsletter today!"): an invitation
    through a channel, addressed to the reader or opening with the invitation."""
    invite = _INVITE.search(text)
    return (
        invite is not None
        and len(text.split()) <= _PITCH_WORDS
        and _CHANNEL.search(text) is not None
        and (invite.start() == 0 or ADDRESSED.search(text) is not None)
    )


def asks_for_reader(text: str) -> bool:
    """A line that is the site's pitch (is_pitch), its invitation in the line's first
    half: not a line of the article that a pitch was glued to the end of."""
    invite = _INVITE.search(text)
    return invite is not None and invite.start() * 2 <= len(text) and is_pitch(text)
