"""Ten families of generated text-copy pages (bench/text_pages_generated.py) written in
session 36 before any rule was read against them. Each breaks one assumption the headline
choice makes about where a headline sits in a copy (after the chrome and a kicker, before
the dek, the byline, the date and the body) and how the lines around it differ from it:
- a short line over a longer one is a kicker over the headline: but the page's own title
  line ("Title | Site", copied at the top of the page) names the short line (a short
  headline over its dek; an essay's short title over its subtitle);
- a line of one to four words is a label or a kicker: but a label never quotes, and a line
  quoted whole over a longer line is a headline quoting someone (a quoted phrase; a quoted
  sentence under a kicker);
- a line of four words or more right over the date is the headline: but a byline names
  the writer and where they report from ("Ann Lee at Harbour Park", "in Kelpwick"), of a
  first name no list holds, under a short match headline with its score;
- the line under a headline that goes on its phrase in lower case is its second line: but
  a writer's role in lower case ("staff writer") stands over or under their name;
- the lines under a headline are one dek and a byline: but a tabloid's long headline
  stands over bullet lines, then "By" and the date.
Families 0, 2, 4... are dev ones, the odd ones held out. A family sets the story's
headline: the page's truth is read after it has run. No line comes from a real page.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import THINGS, Story
from text_page_families import KICKERS, Family, Page, halves
from text_page_messy import bottom, top

SHORTS = ["Gone", "Low water", "Still here", "Last crossing", "Empty berths", "After the storm"]
SHORTS += ["Salt", "Ebb and flow", "The long wait", "Adrift", "Harbour lights", "Slack tide"]
DEKS = ["Traders in {place} counted the cost of the {thing} as the bills kept arriving"]
DEKS += ["How a quarrel over the {thing} split {place} down the middle for a whole summer"]
DEKS += ["The {thing} in {place} has been promised for six years and nobody expects it soon"]
DEKS += ["Notes from a year spent watching the {thing} in {place} come apart, piece by piece"]
QUOTED = ["“Nobody asked us”", "‘Not on our watch’", '"Give us the ferry back"', "“Never again”"]
QUOTED += ["‘A town without a harbour’", '"We are still here"', "“Enough”"]
SAID = ["‘We were told nothing.’", "“They shut it in the night.”", "'It was our ferry.'"]
SAID += ["“Nobody is coming back.”", '"We will rebuild it ourselves."']
SEPARATORS = [" | ", " - ", " – ", " — "]
TEAMS = ["Harbour United", "Quay Rovers", "Kelpwick Town", "Saltmarsh Athletic", "Westcliff"]
GROUNDS = ["Harbour Park", "the Quayside", "Kelpwick Road", "Fenn Lane", "Marsh Meadow"]
UNKNOWN = ["Tobiah", "Oskarine", "Wrenna", "Castor", "Ysolde", "Maelis", "Corvin", "Elowen"]
SURNAMES = ["Kersh", "Vell", "Ambry", "Tolland", "Pryce", "Odran", "Wickham", "Stray"]
ROLES = ["staff writer", "chief reporter", "senior correspondent", "coast editor"]
ROLES += ["political reporter", "features writer"]
SPORTS = ["Football", "FOOTBALL", "Sport", "Match report", "League Two"]


def _page(rng: random.Random, middle: Page, title: str = "") -> Page:
    site, lines = top(rng)
    head_ = [f"{title}{rng.choice(SEPARATORS)}{site}"] if title else []
    return [*head_, *lines, *middle, *bottom(rng, site)]


def _dek(rng: random.Random) -> str:
    shape = rng.choice(DEKS)
    return shape.format(place=rng.choice(PLACES), thing=rng.choice(THINGS))


def _by(rng: random.Random, s: Story) -> Page:
    shapes = [[f"By {s.author}", s.date], [s.author, s.date], [f"By {s.author} | {s.date}"]]
    return rng.choice(shapes)


def titled_short(rng: random.Random, s: Story) -> Page:
    """The page's title line ("Gone | Harbour Post") at the copy's top, the chrome, then
    the short headline over a longer dek with no full stop, the byline, the date."""
    s.headline = rng.choice(SHORTS)
    kicker = [rng.choice(KICKERS)] if rng.random() < 0.3 else []
    middle = [*kicker, s.headline, _dek(rng), *_by(rng, s), *s.paragraphs]
    return _page(rng, middle, s.headline)


def titled_essay(rng: random.Random, s: Story) -> Page:
    """An essay's or a newsletter's post copied with its title line at the top: a short
    title over its subtitle, the writer, "Follow" or "Subscribe", reading time and date."""
    s.headline = rng.choice(SHORTS)
    follow = rng.choice(["Follow", "Subscribe", "Share"])
    meta = rng.choice([f"{rng.randint(3, 14)} min read · {s.date}", s.date])
    middle = [s.headline, _dek(rng), s.author, follow, meta, *s.paragraphs]
    return _page(rng, middle, s.headline)


def quoted_phrase(rng: random.Random, s: Story) -> Page:
    """A phrase quoted whole as the headline, over a longer dek (a full stop or none), the
    byline, the date; a kicker over it on some pages."""
    s.headline = rng.choice(QUOTED)
    dek = _dek(rng) + rng.choice(["", "."])
    kicker = [rng.choice(KICKERS)] if rng.random() < 0.5 else []
    return _page(rng, [*kicker, s.headline, dek, *_by(rng, s), *s.paragraphs])


def quoted_sentence_kicker(rng: random.Random, s: Story) -> Page:
    """A kicker over a sentence quoted whole as the headline, its full stop inside the
    quote, over a dek, the byline, the date."""
    s.headline = rng.choice(SAID)
    dek = _dek(rng) + rng.choice(["", "."])
    return _page(rng, [rng.choice(KICKERS), s.headline, dek, *_by(rng, s), *s.paragraphs])


def _reporter(rng: random.Random) -> str:
    return f"{rng.choice(UNKNOWN)} {rng.choice(SURNAMES)}"


def _score(rng: random.Random) -> str:
    home, away = rng.sample(TEAMS, 2)
    a, b = rng.randint(0, 4), rng.randint(0, 4)
    return rng.choice([f"{home} {a}-{b} {away}", f"{home} {a} {away} {b}"])


def score_at_ground(rng: random.Random, s: Story) -> Page:
    """A sport kicker over a match headline of its score alone ("Quay Rovers 2-1
    Westcliff"), the reporter "at" the ground (a first name no list holds), the date."""
    s.headline = _score(rng)
    where = rng.choice(["at", "in"]) + " " + rng.choice(GROUNDS + PLACES)
    head_ = [rng.choice(SPORTS), s.headline, f"{_reporter(rng)} {where}", s.date]
    return _page(rng, [*head_, *s.paragraphs])


def score_colon_dek(rng: random.Random, s: Story) -> Page:
    """A sport kicker over "Score: what happened", a dek, the reporter "at" or "in" a
    place with a role on some pages, the date."""
    s.headline = f"{_score(rng)}: late goal settles it"
    where = rng.choice(["at", "in"]) + " " + rng.choice(GROUNDS + PLACES)
    byline = rng.choice([f"{_reporter(rng)} {where}", f"{_reporter(rng)}, Sports Writer, {where}"])
    head_ = [rng.choice(SPORTS), s.headline, _dek(rng), byline, s.date]
    return _page(rng, [*head_, *s.paragraphs])


def role_over_name(rng: random.Random, s: Story) -> Page:
    """The headline, then the writer's role in lower case over the name, the date."""
    head_ = [s.headline, rng.choice(ROLES), s.author, s.date]
    return _page(rng, [*head_, *s.paragraphs])


def role_under_name(rng: random.Random, s: Story) -> Page:
    """The headline, a dek on some pages, the name, the role in lower case, the date; or
    the role over "By" and the name."""
    dek = [s.dek] if rng.random() < 0.5 else []
    role = rng.choice(ROLES)
    by = rng.choice([[s.author, role, s.date], [role, f"By {s.author}", s.date]])
    return _page(rng, [s.headline, *dek, *by, *s.paragraphs])


def _long_head(rng: random.Random) -> str:
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    return rng.choice(
        [
            f"Anger in {place} after the {thing} is put off yet again and families who"
            f" waited all year are told to wait another winter",
            f"Revealed: the {thing} that cost {place} twice what was promised, and the"
            f" councillors who signed it off without reading a page",
        ]
    )


def _bullets(rng: random.Random) -> Page:
    mark = rng.choice(["• ", "- ", "* ", "► "])
    points = [
        f"The {rng.choice(THINGS)} has been put off four times since it was first promised",
        f"Families in {rng.choice(PLACES)} say nobody at the council will answer letters",
        "A petition signed by three thousand people went unanswered for months",
        f"The contractor blamed the weather and the price of the {rng.choice(THINGS)}",
    ]
    return [mark + p for p in rng.sample(points, rng.randint(2, 4))]


def long_head_bullets_by(rng: random.Random, s: Story) -> Page:
    """A tabloid's headline of twenty words and more over two to four bullet lines, then
    "By" and the writer, the date."""
    s.headline = _long_head(rng)
    return _page(rng, [s.headline, *_bullets(rng), f"By {s.author}", s.date, *s.paragraphs])


def long_head_capitals_bullets(rng: random.Random, s: Story) -> Page:
    """The same with the headline in capitals and a kicker over it."""
    s.headline = _long_head(rng).upper()
    head_ = [rng.choice(KICKERS), s.headline, *_bullets(rng), *_by(rng, s)]
    return _page(rng, [*head_, *s.paragraphs])


UNSEEN36: list[tuple[str, Family]] = [
    ("s36 page title line names a short headline", titled_short),
    ("s36 page title line names an essay's short title", titled_essay),
    ("s36 phrase quoted whole as the headline", quoted_phrase),
    ("s36 kicker over a quoted sentence", quoted_sentence_kicker),
    ("s36 score headline, reporter at the ground", score_at_ground),
    ("s36 score and colon, dek, reporter in a place", score_colon_dek),
    ("s36 role in lower case over the name", role_over_name),
    ("s36 role in lower case under the name", role_under_name),
    ("s36 long headline over bullets, By line", long_head_bullets_by),
    ("s36 long headline in capitals over bullets", long_head_capitals_bullets),
]
DEV, HELD_OUT = halves(UNSEEN36)
