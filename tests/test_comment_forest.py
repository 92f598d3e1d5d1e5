"""The comment tree, built once in the model: every comment exactly once, whatever the parents."""

from __future__ import annotations

from reader.model import Article, Block, BlockKind, Comment, Document
from reader.model.comment_forest import CommentForest
from reader.render.outline import document_items
from reader.render.plain import to_text


def _comments(parents: dict[int, int | None]) -> list[Comment]:
    return [
        Comment(
            n,
            f"Reader {n}",
            parent=p,
            blocks=[Block(f"c{n}.b1", BlockKind.PARAGRAPH, f"Words of {n}.")],
        )
        for n, p in parents.items()
    ]


def test_replies_sit_under_their_parents_in_page_order():
    forest = CommentForest(_comments({1: None, 2: 1, 3: 2, 4: None, 5: 1, 6: 99}))
    assert forest.rows() == [(1, 0), (2, 1), (3, 2), (5, 1), (4, 0), (6, 0)]  # 99: not here
    assert forest.hidden[1] == 3 and forest.hidden[4] == 0
    assert forest.rows(expanded={1}) == [(1, 0), (2, 1), (5, 1), (4, 0), (6, 0)]
    assert forest.rows(only={3, 6}) == [(3, 0), (6, 0)]
    assert forest.root_of(3) == 1 and forest.siblings(5) == [2, 5]
    assert forest.with_replies() == {1, 2}


def test_a_cycle_or_a_comment_its_own_parent_still_shows_every_comment_once():
    forest = CommentForest(_comments({1: 2, 2: 1, 3: 3, 4: None}))
    numbers = [n for n, _ in forest.rows()]
    assert sorted(numbers) == [1, 2, 3, 4] and len(numbers) == 4
    assert forest.parent[3] is None


def test_the_text_output_keeps_every_comment_of_a_cycle():
    article = Article(title="A headline", comments=_comments({1: 2, 2: 1, 3: None}))
    text = to_text(Document(article=article, input_name="page.txt"))
    assert all(f"Words of {n}." in text for n in (1, 2, 3))


def test_a_deep_thread_does_not_recurse():
    depth = 5000
    comments = _comments({n: (n - 1 if n > 1 else None) for n in range(1, depth + 1)})
    article = Article(title="A headline", comments=comments)
    items = list(document_items(Document(article=article, input_name="page.txt")))
    assert items[-1].text == f"Words of {depth}." and items[-1].depth == depth
