"""HTML input: shapes of session 29's page families (bench/html_templates_built.py), each
on a page written here: the publication kept only in a script of the app's state."""

from __future__ import annotations

import json

from test_html_metadata import BODY, article_of

UPDATED = '<p class="byline">By Ines Varga</p><p class="updated">Updated 20 November 2023</p>'


def _state(data: object, kind: str = 'type="application/json" id="app-data"') -> str:
    return f"<script {kind}>{json.dumps(data)}</script>"


def test_a_publication_kept_in_the_apps_state_dates_an_article_shown_only_as_updated() -> None:
    state = _state({"props": {"post": {"publishedAt": "2023-11-14T06:40:00Z", "id": 7}}})
    assert article_of(state, UPDATED).published == "2023-11-14"
    script = "window.__STATE__ = " + json.dumps({"story": {"first_published_at": 1699944000}})
    assert article_of(f"<script>{script};</script>", UPDATED).published == "2023-11-14"
    escaped = 'self.push(["{\\"pubDate\\":\\"2023-11-14T06:40:00Z\\",\\"x\\":1}"])'
    assert article_of(f"<script>{escaped}</script>", UPDATED).published == "2023-11-14"
    own = "var story = {id: 7, published: 'Tue, 14 Nov 2023 06:40:00 GMT', kind: 'news'};"
    assert article_of(f"<script>{own}</script>", UPDATED).published == "2023-11-14"


def test_a_state_of_several_publications_dates_no_article() -> None:
    latest = [{"title": f"Story {k}", "datePublished": f"2023-11-0{k}T08:00:00Z"} for k in (2, 5)]
    state = _state({"latest": latest})
    assert article_of(state, UPDATED).published == "2023-11-20"


def test_a_date_shown_under_the_headline_comes_before_the_states() -> None:
    video = _state({"playlist": [{"file": "/v.mp4", "pubdate": 1698220800}]}, "")
    shown = '<p class="byline">By Ines Varga | 14 November 2023</p>'
    assert article_of(video, shown).published == "2023-11-14"
    updates_only = _state({"story": {"dateModified": "2023-11-21T08:00:00Z"}})
    assert article_of(updates_only, UPDATED).published == "2023-11-20"


def test_rel_author_links_are_the_authors_whatever_words_stand_between_them() -> None:
    def credited(before: str, between: str) -> str:
        return (
            f'<p class="credits">{before}<a rel="author" href="/p/ines-varga">Ines Varga</a>'
            f'{between}<a rel="author" href="/p/tobias-renn">Tobias Renn</a></p>'
            '<p class="date">14 November 2023</p>'
        )

    for before, between in (("Story: ", " with "), ("Reported by ", ". More reporting: ")):
        article = article_of(under_title=credited(before, between))
        assert article.authors == ["Ines Varga", "Tobias Renn"]


def test_a_list_of_author_cards_names_each_card_by_its_first_words() -> None:
    cards = "".join(
        f'<li class="card"><img src="/{k}.jpg" alt="Portrait of {name}">'
        f'<span class="name">{name}</span><span class="role">{role}</span></li>'
        for k, (name, role) in enumerate(
            [("Ines Varga", "Harbour Editor"), ("Tobias Renn", "Reporter")]
        )
    )
    listed = f'<ul class="story-authors">{cards}</ul><p>14 November 2023</p>'
    assert article_of(under_title=listed).authors == ["Ines Varga", "Tobias Renn"]


def test_a_live_pages_start_shown_under_the_headline_dates_it_over_its_latest_update() -> None:
    paragraphs = [f"{text}</p>" for text in BODY.split("</p>") if text][:3]
    times = ((17, 21), (16, 18), (15, 9))  # newest first
    updates = "".join(
        f'<div class="update"><p class="when">{day} November 2023 {hour}.15 GMT</p>'
        f"<h3>Update {day}</h3>{paragraph}</div>"
        for (day, hour), paragraph in zip(times, paragraphs, strict=True)
    )
    shown = '<p class="meta">Ines Varga</p><p class="meta">Tue 14 November 2023 07.40 GMT</p>'
    assert article_of(under_title=shown, body=updates).published == "2023-11-14"
