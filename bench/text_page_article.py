"""The invented article of a generated text-copy page (bench/text_pages_generated.py): a
headline, a dek, a byline and a date, paragraphs whose first one tells the headline's
story, and the teasers of other invented stories. No line comes from a real page."""

from __future__ import annotations

import random
from dataclasses import dataclass

from layout_text import FIRST, LAST, PLACES

BODIES = ["harbour board", "county council", "ferry company", "school trust", "water authority"]
BODIES += ["fishing cooperative", "rail operator", "library service", "port authority"]
ACTS = [("delays", "delayed"), ("approves", "approved"), ("rejects", "rejected")]
ACTS += [("doubles", "doubled"), ("scraps", "scrapped"), ("revives", "revived")]
THINGS = ["winter timetable", "sea wall repairs", "night ferry", "dredging contract", "bus lane"]
THINGS += ["lighthouse sale", "market hall lease", "footbridge plan", "mooring fees"]
THINGS += ["flood barrier", "school crossing", "pier lighting"]
WHEN = ["", "", " after storm damage", " for a second year", " despite protests", " at last"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September"]
PEOPLE_SAY = ["said", "told reporters", "said on Tuesday", "wrote in a letter to members"]
REASONS = ["the cost had risen by a third since the spring", "the tide tables had changed"]
REASONS += ["fewer passengers had used the service", "the contractor had withdrawn its bid"]
REASONS += ["residents had asked for more time", "the old structure was no longer safe"]


@dataclass
class Story:
    """One invented article: what the truth holds of it."""

    headline: str
    dek: str
    author: str
    date: str
    paragraphs: list[str]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2026)}"


def headline(rng: random.Random) -> tuple[str, str, str, str]:
    """(headline, the body, the act's past, the thing)."""
    body, (act, past), thing = rng.choice(BODIES), rng.choice(ACTS), rng.choice(THINGS)
    place = rng.choice(PLACES)
    text = f"{place} {body} {act} {thing}{rng.choice(WHEN)}"
    return text[0].upper() + text[1:], f"The {body} in {place}", past, thing


def _sentence(rng: random.Random, thing: str) -> str:
    who, says, reason = person(rng), rng.choice(PEOPLE_SAY), rng.choice(REASONS)
    kind = rng.randrange(4)
    if kind == 0:
        return f"{who}, who chairs the committee, {says} that {reason}."
    if kind == 1:
        return f'"We cannot wait another winter for the {thing}," {who} {says}.'
    if kind == 2:
        return f"The {thing} was first proposed in {rng.randint(1998, 2018)}, when {reason}."
    return f"Members will meet again in {rng.choice(MONTHS)} to decide whether {reason}."


def story(rng: random.Random) -> Story:
    title, body, past, thing = headline(rng)
    first = f"{body} has {past} the {thing}, saying {rng.choice(REASONS)}."
    paragraphs = [first + " " + _sentence(rng, thing)]
    for _ in range(rng.randint(4, 9)):
        paragraphs.append(" ".join(_sentence(rng, thing) for _ in range(rng.randint(1, 3))))
    dek = f"The decision leaves the {thing} in doubt until {rng.choice(MONTHS)}, members said."
    return Story(title, dek, person(rng), date(rng), paragraphs)


def teaser(rng: random.Random) -> str:
    """Another story's title."""
    return headline(rng)[0]


def summary(rng: random.Random) -> str:
    """Another story's one-line summary under its title."""
    return f"Why the {rng.choice(THINGS)} matters more than it seems."
