"""The site a text copy names in a "Subscribe to …" or "© …" line: a name, never a phrase
that only follows the same words ("Subscribe to Blog via Email")."""

from __future__ import annotations

from conftest import parse_text

BODY = "\n\n".join(
    f"Paragraph {n} of the story tells how the ferry timetable changed again this winter, "
    "and what the harbour towns along the coast have said about it since the autumn."
    for n in range(1, 7)
)


def site_of(footer: str) -> str | None:
    page = f"Ferry timetable changes again\n\nBy Ines Rowe\n\n{BODY}\n\n{footer}\n"
    return parse_text(page).article.site


def test_a_subscribe_line_names_the_site() -> None:
    assert site_of("Subscribe to Gull Harbour Weekly") == "Gull Harbour"
    assert site_of("Subscribe to The Gull Gazette Daily Digest") == "Gull Gazette"
    assert site_of("Subscribe to Gull Harbour News via Email") == "Gull Harbour News"


def test_a_subscribe_line_that_names_no_site() -> None:
    assert site_of("Subscribe to Blog via Email") is None
    assert site_of("Subscribe to comments on this post") is None
    assert site_of("Subscribe to get the week’s harbour news every Friday") is None
    assert site_of("SUBSCRIBE TO OUR MAILING LIST") is None
