"""A live blog's entries are the article, not a comment list: each a time alone ("8 min
ago") over a title and a paragraph, no writer named (issue 13, session 31). Under the
page's own comment section header the same records stay comments. Texts invented."""

from __future__ import annotations

from conftest import parse_text

from reader.model import Article

ENTRIES = [
    (
        "8 min ago",
        "Tram company answers questions on the night timetable",
        "The tram company in Orsby said the night timetable would start again in May, two"
        " months later than planned. Drivers had asked for the change since the autumn,"
        " when the depot lost its lights.",
    ),
    (
        "19 min ago",
        "Lifeboat crew pauses work on the slipway",
        "Crew members told the meeting that the slipway would stay shut until the engineers"
        " had checked the cracked beams. A smaller boat will stand by at the north pier"
        " until then.",
    ),
    (
        "33 min ago",
        "Parish council reopens the reading room",
        "The reading room opened its doors again on Friday after the roof was mended with"
        " slates from the old chapel. Volunteers carried the books back from the school"
        " hall in two days.",
    ),
    (
        "47 min ago",
        "Bakers guild publishes figures for the harbour market",
        "Stall holders sold more bread in the first week of the harbour market than in the"
        " whole of last spring. The guild wants the market to stay open on Sundays as well.",
    ),
]
HEADLINE = "Orsby harbour reopens after the winter storms"


def _live(section: str = "") -> Article:
    top = f"Home\nNews\nLocal\nLIVE\n{HEADLINE}\nBy Ilse Marrow\nMarch 9, 2026\n{section}"
    body = "".join(f"{when}\n{title}\n{said}\nShare this update\n" for when, title, said in ENTRIES)
    return parse_text(top + body + "About us\nPrivacy policy\n© 2026 The Orsby Post\n").article


def test_timed_titled_entries_with_no_writer_are_the_article() -> None:
    article = _live()
    assert article.comments == []
    assert article.title == HEADLINE
    said = [b.text for b in article.blocks if b.kind.value == "paragraph"]
    assert all(paragraph in said for _, _, paragraph in ENTRIES)


def test_the_same_records_under_a_comment_header_stay_comments() -> None:
    assert len(_live("Comments\n").comments) == len(ENTRIES)


TRAM_HEADLINE = "Orsby tram company cuts night timetable despite complaints"
TRAM_ENTRIES = [
    (
        "9 min ago",
        "Tram depot answers questions on the night timetable",
        "The tram company in Orsby has cut the night timetable, saying the cost of drivers"
        " had doubled since the summer. The night timetable was first offered in 2004, when"
        " the old depot was rebuilt.",
    ),
    (
        "21 min ago",
        "Bus union pauses work on the coast road",
        "Union members will meet again in May to decide whether the cost of drivers had"
        ' doubled since the summer. "We cannot wait another year for the night timetable,"'
        " Oda Brisk said.",
    ),
    (
        "35 min ago",
        "Harbour board reopens the old depot",
        "The night timetable was first offered in 2004, when riders had asked for later"
        " trams. Members will meet again in April to decide.",
    ),
    (
        "44 min ago",
        "School trust answers questions on the late trams",
        "Members will meet again in June to decide whether fewer riders had used the night"
        " timetable.",
    ),
]


def test_an_entry_title_under_its_time_is_no_headline() -> None:
    """The first entry's title, under "9 min ago" and over its paragraph, looks like a
    headline; another time over another title below says it is an entry."""
    for sep in ["\n", "\n\n"]:
        menu = ["Sign in", "The Orsby Post", "Weather", "Opinion", "Politics", "Rugby"]
        top = [
            *menu,
            "Home > News > City",
            "LIVE",
            TRAM_HEADLINE,
            "Oda Brisk",
            "Updated May 3, 2025",
        ]
        entries = [
            x
            for when, title, said in TRAM_ENTRIES
            for x in (when, title, said, "Share this update")
        ]
        end = ["Share on Facebook", "Share via Email", "Careers", "About us", "Privacy policy"]
        article = parse_text(sep.join([*top, *entries, *end]) + "\n").article
        assert article.title == TRAM_HEADLINE
