"""Eight families of generated text-copy pages (bench/text_pages_generated.py) written in
session 34 before any rule was read against them. Each breaks one assumption the headline
choice makes, the way copies of common publishing systems do:
a notice's choices run to the last short line under it (a cookie box's two buttons over a
short headline with a category line under it; a newsletter prompt's two answers over a
short headline with a short dek); a line of one to four words over a longer line is a
kicker (an essay platform's short title over its subtitle, writer, "Follow" and reading
time; a newsletter post's short title over its subtitle, writer and date); a line keeping
"will", "is" or "has" under a longer-than-a-kicker line is a dek (a writer's name and role
over such a headline; the menu's last item over one); a byline or date stands under the
headline (a press release's dateline opens the body; a forum thread's "started by" line).
Families 0, 2, 4... are dev ones, the odd ones held out. A family may set the story's
headline: the page's truth is read after it has run.
"""

from __future__ import annotations

import random
import re

from layout_text import PLACES
from text_page_article import THINGS, Story, person
from text_page_families import KICKERS, Family, Page, byline, halves
from text_page_messy import bottom, top

VERBS = ["loses", "keeps", "saves", "shuts", "reopens"]
TITLES = ["Slack water", "The last crossing", "Salt and rust", "After the storm"]
TITLES += ["What the tide left", "Small mercies", "Ropes", "A quiet quay", "Low season"]
SUBTITLES = ["What a shut {thing} taught one town about waiting for anything"]
SUBTITLES += ["Notes from a winter spent watching the {thing} in {place} go nowhere"]
SUBTITLES += ["On the {thing}, the people of {place} and a promise nobody kept"]
AUX_HEADS = ["The {thing} in {place} will close for good next spring"]
AUX_HEADS += ["Why the {thing} in {place} is still not finished"]
AUX_HEADS += ["{place} has waited ten years for its {thing}"]
AUX_HEADS += ["The {thing} is falling apart and nobody in {place} will pay"]


# the lead (text_page_article.story): "The council in Kelpwick has closed the night ferry, …"
_LEAD = re.compile(r"The .+? in (?P<place>.+?) has \w+ the (?P<thing>.+?),")


def _told(s: Story) -> tuple[str, str]:
    """(the place, the thing) the story's lead tells: a headline tells them too."""
    lead = _LEAD.match(s.paragraphs[0])
    assert lead is not None
    return lead["place"], lead["thing"]


def _fill(rng: random.Random, shape: str, s: Story | None = None) -> str:
    place, thing = _told(s) if s else (rng.choice(PLACES), rng.choice(THINGS))
    text = shape.format(thing=thing, place=place)
    return text[0].upper() + text[1:]


def _short6(rng: random.Random, s: Story) -> str:
    """A headline of six words at most, in the lead's words: "Harbour Hill shuts its flood
    barrier"."""
    place, thing = _told(s)
    head = f"{place} {rng.choice(VERBS)} its {thing}"
    return head if len(head.split()) <= 6 else f"{place} {rng.choice(VERBS)} {thing.split()[-1]}"


def _page(rng: random.Random, over: Page, middle: Page) -> Page:
    site, lines = top(rng)
    return [*lines, *over, *middle, *bottom(rng, site)]


def cookie_box_label(rng: random.Random, s: Story) -> Page:
    """A cookie box's sentence and two buttons right over a short headline, a category
    line under the headline (as a CMS prints the post's section under its title)."""
    s.headline = _short6(rng, s)
    box = [rng.choice(["We use cookies to keep this site running and to count our readers.",
                       "Our site uses cookies so we can see which pages you read."])]  # fmt: skip
    box += rng.sample(["Accept all", "Reject all", "Manage choices", "Fine by me"], 2)
    label = rng.choice([*KICKERS, "Filed under Harbour", "News in brief"])
    return _page(rng, box, [s.headline, label, *byline(rng, s), *s.paragraphs])


def newsletter_prompt_dek(rng: random.Random, s: Story) -> Page:
    """A newsletter prompt's sentence and its two answers right over a short headline with
    a short dek of a few words (no full stop) under it, then the byline."""
    s.headline = _short6(rng, s)
    ask = [rng.choice(["Get our morning briefing in your inbox every weekday.",
                       "Would you like the week's best reads sent to you?"])]  # fmt: skip
    ask += rng.sample(["Sign me up", "Not today", "Yes please", "Maybe later"], 2)
    dek = rng.choice(["A town counts the cost", "Nobody saw it coming", "And what happens now"])
    return _page(rng, ask, [s.headline, dek, *byline(rng, s), *s.paragraphs])


def essay_short_title(rng: random.Random, s: Story) -> Page:
    """An essay platform's post: a title of one to four words over a longer subtitle (no
    full stop), the writer's name, "Follow", the reading time and date on one line."""
    s.headline = rng.choice(TITLES)
    sub = _fill(rng, rng.choice(SUBTITLES))
    meta = f"{rng.randint(3, 14)} min read · {s.date}"
    foot = [str(rng.randint(20, 900)), str(rng.randint(1, 40)), "Written by " + s.author]
    return _page(rng, [], [s.headline, sub, s.author, "Follow", meta, *s.paragraphs, *foot])


def post_short_title(rng: random.Random, s: Story) -> Page:
    """A newsletter's post on the web: a short title over a longer subtitle, the writer's
    name and the date on lines of their own, a share row, the post."""
    s.headline = rng.choice(TITLES)
    sub = _fill(rng, rng.choice(SUBTITLES))
    share = rng.sample(["Share", "Subscribe", "Comment", "Restack"], 2)
    return _page(rng, [], [s.headline, sub, s.author, s.date, *share, *s.paragraphs])


def writer_over_aux(rng: random.Random, s: Story) -> Page:
    """A columnist's name and role over the headline, which keeps "will", "is" or "has",
    a dek sentence and the date under it."""
    s.headline = _fill(rng, rng.choice(AUX_HEADS), s)
    role = rng.choice(["Columnist", "Harbour correspondent", "Opinion writer"])
    return _page(rng, [], [s.author, role, s.headline, s.dek, s.date, *s.paragraphs])


def menu_over_aux(rng: random.Random, s: Story) -> Page:
    """The menu's last item right over a headline keeping "will", "is" or "has", a dek
    sentence and a byline under it."""
    s.headline = _fill(rng, rng.choice(AUX_HEADS), s)
    return _page(rng, [], [s.headline, s.dek, *byline(rng, s), *s.paragraphs])


def release_dateline(rng: random.Random, s: Story) -> Page:
    """A press release: a release line, the headline, a subhead sentence, the body opening
    on a dateline and the wire's name; a contact block and an end mark under it."""
    place = rng.choice(PLACES).upper()
    s.paragraphs[0] = f"{place}, {s.date} /Coastline Wire/ -- {s.paragraphs[0]}"
    head_ = [rng.choice(["FOR IMMEDIATE RELEASE", "News release"]), s.headline, s.dek]
    contact = ["Media contact", person(rng), "press@harbourtrust.example", "###"]
    return _page(rng, [], [*head_, *s.paragraphs, *contact])


def forum_started(rng: random.Random, s: Story) -> Page:
    """A forum thread: the board's trail, the thread's title, a "started by" line, the
    first post under a post number, its like and reply buttons."""
    user = rng.choice(["tidewatcher", "quay_ann", "OldSkipper62", "fennlad"])
    board = rng.choice(KICKERS)
    trail = f"Forums > Local > {board}"
    started = f"Discussion in '{board}' started by {user}, {s.date}."
    return _page(rng, [], [trail, s.headline, started, "#1", user, *s.paragraphs,
                           "Like", "Reply"])  # fmt: skip


UNSEEN34: list[tuple[str, Family]] = [
    ("s34 cookie box over a short headline and label", cookie_box_label),
    ("s34 newsletter prompt over a short headline and dek", newsletter_prompt_dek),
    ("s34 essay platform short title, follow, read time", essay_short_title),
    ("s34 newsletter post short title, writer, date", post_short_title),
    ("s34 writer's name over a headline with 'will'", writer_over_aux),
    ("s34 menu item over a headline with 'is'", menu_over_aux),
    ("s34 press release, dateline opens the body", release_dateline),
    ("s34 forum thread, started-by line", forum_started),
]
DEV, HELD_OUT = halves(UNSEEN34)
