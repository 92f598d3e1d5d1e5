"""Eight families of generated text-copy pages (bench/text_pages_generated.py) written in
session 33 before any rule was read against them. Each breaks one assumption the headline
or the body mechanism makes, the way copies of common publishing systems do:
site chrome is a line from a known list of button labels (a consent dialog's own choices,
"Agree and close", "Continue without agreeing", "Yes, I'm happy"; an app bar's "Open in
app", "Not now"); the body is one run of the article's prose (a metered paywall's prompt
of sentences between two paragraphs; a teaser card of another story, kicker, title and
summary sentence, between paragraphs with no "Read more" label); a byline stands within a
few lines of the headline (a gallery's counter and captions between them); the body ends
where the story does (a post's previous and next links under it).
Families 0, 2, 4... are dev ones, the odd ones held out.
"""

from __future__ import annotations

import random

from layout_text import PLACES
from text_page_article import MONTHS, THINGS, Story, person, summary, teaser
from text_page_families import KICKERS, Family, Page, byline, halves
from text_page_messy import bottom, top

PURPOSES = ["Store and/or access information on a device", "Personalised advertising"]
PURPOSES += ["Measure content performance", "Develop and improve services"]


def _page(rng: random.Random, over: Page, middle: Page) -> Page:
    site, lines = top(rng)
    return [*over, *lines, *middle, *bottom(rng, site)]


def _head(rng: random.Random, s: Story) -> Page:
    kicker = [rng.choice(KICKERS)] if rng.random() < 0.4 else []
    return [*kicker, s.headline, *byline(rng, s)]


def consent_partners(rng: random.Random, s: Story) -> Page:
    """A consent dialog over the page: its heading, a sentence on partners, the purposes
    listed, and choices no list of buttons holds ("Agree and close", "Continue without
    agreeing", "Show purposes")."""
    n = rng.randint(80, 900)
    dialog = [rng.choice(["Your privacy matters to us", "We value your privacy"])]
    dialog += [f"We and our {n} partners use cookies to store and read data on your device."]
    dialog += rng.sample(PURPOSES, rng.randint(2, 4))
    choices = ["Agree and close", "Continue without agreeing", "Show purposes"]
    choices += ["Learn more", "Disagree", "See our partners"]
    return _page(rng, [*dialog, *rng.sample(choices, rng.randint(2, 4))], [
        *_head(rng, s), *s.paragraphs])  # fmt: skip


def consent_question(rng: random.Random, s: Story) -> Page:
    """A cookie question over the page, its answers as sentences of the site's voice
    ("Yes, I'm happy", "No, take me to settings"), then the article with no dek."""
    ask = rng.choice(["Are you happy to accept cookies?", "Can we use cookies on this site?"])
    why = "We use some essential cookies to make this website work."
    yes = rng.choice(["Yes, I'm happy", "Yes, accept cookies", "That's fine"])
    no = rng.choice(["No, take me to settings", "No, I want to choose", "Let me decide"])
    return _page(rng, [ask, why, yes, no], [*_head(rng, s), *s.paragraphs])


def app_bar(rng: random.Random, s: Story) -> Page:
    """An app's download bar at the very top: its name, a line on what it gives, and
    the choices "Open in app" / "Not now"."""
    site = rng.choice(["Harbour Post", "Saltmarsh Daily", "North Quay News"])
    bar = [f"{site} app", rng.choice(["Faster to read, made for your phone", "News as it lands"])]
    bar += rng.sample(["Open in app", "Not now", "Get the app", "Continue in browser"], 2)
    return _page(rng, bar, [*_head(rng, s), *s.paragraphs])


def app_prompt_under(rng: random.Random, s: Story) -> Page:
    """The app's prompt between the byline and the first paragraph: a line asking the
    reader to read on in the app, and its two choices."""
    ask = rng.choice(["This story reads better in our app", "Try the app for a better read"])
    choices = rng.sample(["Open the app", "Stay here", "Maybe later", "Download now"], 2)
    return _page(rng, [], [*_head(rng, s), ask, *choices, *s.paragraphs])


def paywall_prompt(rng: random.Random, s: Story) -> Page:
    """A metered paywall's prompt between two paragraphs (the rest still in the copy):
    sentences to the reader on the free articles left, an offer, a log-in line."""
    left = rng.randint(1, 4)
    prompt = [f"You have {left} free articles left this month."]
    prompt += [rng.choice(["Support local reporting for less than a coffee a week.",
                           "Keep reading with unlimited access from just 99p."])]  # fmt: skip
    prompt += rng.sample(["See offers", "Already a member? Log in", "Cancel anytime"], 2)
    cut = rng.randint(2, max(2, len(s.paragraphs) - 2))
    return _page(rng, [], [*_head(rng, s), *s.paragraphs[:cut], *prompt, *s.paragraphs[cut:]])


def teaser_card(rng: random.Random, s: Story) -> Page:
    """Another story's card between paragraphs, no label: its kicker, title and summary
    sentence (a card a CMS drops into the body)."""
    card = [rng.choice(KICKERS), teaser(rng), summary(rng)]
    cut = rng.randint(2, max(2, len(s.paragraphs) - 1))
    return _page(rng, [], [*_head(rng, s), *s.paragraphs[:cut], *card, *s.paragraphs[cut:]])


def gallery_top(rng: random.Random, s: Story) -> Page:
    """A photo gallery between the headline and the byline: a counter, captions of two
    or three photos with their credits."""
    shots = []
    for k in range(1, rng.randint(3, 4)):
        place = rng.choice(PLACES)
        shots += [f"{k} of {rng.randint(6, 14)}", f"The {rng.choice(THINGS)} at {place} in "
                  f"{rng.choice(MONTHS)}.", f"Photograph: {person(rng)}"]  # fmt: skip
    return _page(rng, [], [s.headline, *shots, *byline(rng, s), *s.paragraphs])


def neighbours_under(rng: random.Random, s: Story) -> Page:
    """A blog post's links to its neighbours under it: "Previous post" and "Next post",
    each with the other post's title, on its line or after a colon."""
    before, after = teaser(rng), teaser(rng)
    if rng.random() < 0.5:
        links = [f"Previous post: {before}", f"Next post: {after}"]
    else:
        links = ["« Previous", before, "Next »", after]
    return _page(rng, [], [*_head(rng, s), *s.paragraphs, *links])


def consent_over_head(rng: random.Random, s: Story) -> Page:
    """A consent box copied where the page holds it, right over the headline (the site's
    top above it), its choices last; the story signed only at its foot."""
    box = [rng.choice(["We use cookies", "Cookies on this site"])]
    box += ["We use cookies to remember your choices and to understand how you use the site."]
    box += rng.sample(["Allow all cookies", "Only necessary cookies", "Let me choose",
                       "Customise settings", "Yes, that's fine"], 2)  # fmt: skip
    site, lines = top(rng)
    foot = [f"Written by {s.author}", f"Published {s.date}"]
    return [*lines, *box, s.headline, *s.paragraphs, *foot, *bottom(rng, site)]


def cookie_bar_over_date(rng: random.Random, s: Story) -> Page:
    """A one-sentence cookie bar and its two answers right over the headline, only a
    date under the headline (no byline)."""
    bar = [rng.choice(["This website uses cookies to give you the best experience.",
                       "By using this site you agree to our use of cookies."])]  # fmt: skip
    bar += rng.sample(["Got it", "Tell me more", "No thanks", "Okay, continue"], 2)
    site, lines = top(rng)
    return [*lines, *bar, s.headline, s.date, *s.paragraphs, *bottom(rng, site)]


UNSEEN33: list[tuple[str, Family]] = [
    ("s33 consent dialog, choices in no list", consent_partners),
    ("s33 consent question, answers as sentences", consent_question),
    ("s33 app bar over the page", app_bar),
    ("s33 app prompt between byline and body", app_prompt_under),
    ("s33 paywall prompt between paragraphs", paywall_prompt),
    ("s33 teaser card between paragraphs", teaser_card),
    ("s33 gallery between headline and byline", gallery_top),
    ("s33 previous and next posts under the body", neighbours_under),
    ("s33 consent box right over a headline, signed at the foot", consent_over_head),
    ("s33 cookie bar right over a headline, a date under it", cookie_bar_over_date),
]
DEV, HELD_OUT = halves(UNSEEN33)
