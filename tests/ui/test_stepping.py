"""n / N without Textual: which marks a key walks, and the walk itself."""

from __future__ import annotations

from reader.model import Article, Block, BlockKind, Quote, Speaker
from reader.ui.stepping import Marks, Span, Steps, find_all, quote_spans

P = BlockKind.PARAGRAPH


def test_steps_wrap_both_ways_and_say_where():
    steps = Steps("abc")
    assert not Steps() and steps.current is None
    assert [steps.step(1) for _ in range(4)] == ["a", "b", "c", "a"]
    assert steps.where() == "1/3"
    assert steps.step(-1) == "c" and steps.where() == "3/3"


def test_a_speaker_wins_then_comment_hits_on_their_tab_then_article_hits():
    marks = Marks()
    assert marks.walks(on_comments=False) is None and not marks.any
    marks.hits = Steps([Span("b1", 0, 3)])
    marks.comment_hits = Steps([4, 7])
    assert marks.walks(on_comments=False) == "hits"
    assert marks.walks(on_comments=True) == "comments"
    marks.hits = Steps()
    assert marks.walks(on_comments=False) == "comments"  # the only marks there are
    marks.follow(Speaker("s1", "Ada Brook"))
    assert marks.walks(on_comments=True) == "quotes" and not marks.comment_hits
    marks.clear()
    assert not marks.any


def test_a_speakers_quotes_in_one_article_in_the_speakers_order():
    ada = Speaker("s1", "Ada", quotes=["q2", "q1", "q9"])  # q9: none in this article
    article = Article(
        blocks=[Block("b1", P, "“One,” she said. “Two,” she added.")],
        quotes=[
            Quote("q1", "b1", 1, 4, "One", "Ada", "said"),
            Quote("q2", "b1", 18, 21, "Two", "Ada", "added"),
        ],
        speakers=[ada],
    )
    assert quote_spans(article, ada) == [Span("b1", 18, 21), Span("b1", 1, 4)]
    marks = Marks()
    marks.follow(ada)
    quotes = marks.quotes(article)
    assert quotes.step(1) == Span("b1", 18, 21)
    marks.quote_index, marks.quoted = quotes.index, article
    assert marks.quotes(article).step(1) == Span("b1", 1, 4)


def test_find_all_is_case_blind_and_literal():
    blocks = [Block("b1", P, "Fuel and fuel."), Block("b2", P, "a.b [x] a.b")]
    assert find_all(blocks, "FUEL") == [Span("b1", 0, 4), Span("b1", 9, 13)]
    assert find_all(blocks, "a.b") == [Span("b2", 0, 3), Span("b2", 8, 11)]
    assert find_all(blocks, "") == []
