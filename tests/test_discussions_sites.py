"""Lobsters, Mastodon and blog comment feeds: each site's tree as it gives it."""

from __future__ import annotations

from pathlib import Path

from discussion_server import saved

from reader.model import BlockKind
from reader.sources import load_document


def test_lobsters_parents_scores_and_removed_comments(site: str, tmp_path: Path) -> None:
    document = load_document(str(saved("lobsters_story.json", site, tmp_path)))
    comments = document.article.comments
    assert [(c.author, c.parent, c.kind, c.score) for c in comments] == [
        ("prism", None, "comment", 12),
        ("fogbank", 1, "deleted", 1),
        ("prism", 2, "comment", 4),  # an older answer's user object gives the name too
        ("squall", None, "dead", -3),
        ("gannet", None, "comment", 7),
    ]
    assert comments[0].time == "2024-05-02T14:40:00Z"  # -05:00 made UTC
    assert [b.kind for b in comments[0].blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
    ]
    assert comments[2].blocks[-1].kind is BlockKind.CODE
    discussion = document.discussion
    assert discussion is not None and discussion.url == "https://lobste.rs/s/l1ght5"
    assert [b.text for b in discussion.blocks] == [
        "Posting for the flash-timing discussion, not the politics."
    ]
    assert document.article.title == "Harbour town votes to rebuild the old lighthouse"


def test_lobsters_depth_gives_the_parent_when_an_answer_has_none(tmp_path: Path) -> None:
    from reader.ingest.discussions.lobsters import to_thread

    story = {"short_id": "x", "submitter_user": "a", "comments": []}
    story["comments"] = [
        {"short_id": "a", "depth": 0, "comment": "<p>one</p>"},
        {"short_id": "b", "depth": 1, "comment": "<p>two</p>"},
        {"short_id": "c", "depth": 2, "comment": "<p>three</p>"},
        {"short_id": "d", "depth": 1, "comment": "<p>four</p>"},
    ]
    assert [p.parent for p in to_thread(story).posts] == [None, "a", "b", "a"]


def test_mastodon_root_links_the_article_and_replies_keep_their_parents(
    site: str, tmp_path: Path
) -> None:
    document = load_document(str(saved("mastodon_thread.json", site, tmp_path)))
    comments = document.article.comments
    assert [(c.author, c.parent, c.kind) for c in comments] == [
        ("skiff@other.town", None, "comment"),  # answers the root: a top-level comment
        ("keeper", 1, "comment"),
        (None, None, "missing"),  # a status gone from the thread, still answered
        ("gull", 3, "comment"),
    ]
    first = comments[0]
    assert first.mentions == ["keeper"]
    assert [b.kind for b in first.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]
    assert first.blocks[3].text == "[image] A small boat under a white tower."
    assert comments[3].blocks[0].text == "Content warning: cost"
    assert document.article.title == "Harbour town votes to rebuild the old lighthouse"
    discussion = document.discussion
    assert discussion is not None
    assert (discussion.site, discussion.author, discussion.comment_count) == (
        "harbour.social",
        "keeper",
        3,
    )
    assert discussion.blocks[0].text.startswith("Our lighthouse is coming back!")


def test_an_atom_comment_feed_gives_the_exact_tree(site: str, tmp_path: Path) -> None:
    document = load_document(str(saved("wordpress_comments.atom", site, tmp_path)))
    comments = document.article.comments
    # The feed runs newest first; the comments read oldest first.
    assert [(c.author, c.parent, c.kind) for c in comments] == [
        ("Ossian Brae", None, "comment"),
        ("Lina Moor", 1, "comment"),
        (None, None, "missing"),  # answered, but older than the feed holds
        ("Tam Reddle", 3, "comment"),
    ]
    lina = comments[1]
    assert [b.kind for b in lina.blocks] == [BlockKind.QUOTE, BlockKind.PARAGRAPH, BlockKind.CODE]
    assert lina.blocks[0].source_comment == 1
    assert lina.blocks[2].text == "1962-01-04  lamp lit 16:02\n1962-01-05  lamp lit 16:04"
    assert lina.url == f"{site}/2024/05/harbour-lighthouse/#comment-22"
    assert document.source_kind == "wordpress"
    assert document.article.title == "Harbour town votes to rebuild the old lighthouse"


def test_an_rss_comment_feed_takes_the_parent_its_reply_links(site: str, tmp_path: Path) -> None:
    document = load_document(str(saved("wordpress_comments.rss", site, tmp_path)))
    assert [(c.author, c.parent) for c in document.article.comments] == [
        ("Ossian Brae", None),
        ("Lina Moor", 1),
    ]
    assert document.article.comments[1].time == "2024-05-02T10:40:00Z"
