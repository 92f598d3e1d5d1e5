"""A small hand-made document with speakers, quotes, threads and an embedded article."""

from __future__ import annotations

import pytest
from config_helpers import isolate

from reader.model import (
    Article,
    Block,
    BlockKind,
    Comment,
    Document,
    Quote,
    ReplyEvidence,
    Speaker,
)

P = BlockKind.PARAGRAPH


def _article() -> Article:
    body = [
        Block("b1", BlockKind.TITLE, "Ferry fares rise on the Lark Sound route"),
        Block("b2", BlockKind.SUBTITLE, "Operators blame fuel; islanders blame [bold]nobody[/]"),
        Block("b3", BlockKind.CAPTION, "A ferry leaves Port Wren at dawn. (Ola Finch/Sound Post)"),
        Block("b4", P, "PORT WREN — Fares on the Lark Sound ferry rise by a tenth next month."),
        Block("b5", P, "“We had no choice,” said Tamsin Reyes, the operator's director."),
        Block("b6", P, "Islanders disagree. “It is a tax on living here,” said Bram Ota."),
        Block("b7", BlockKind.BOILERPLATE, "Subscribe to our newsletter"),
    ]
    body += [
        Block(f"b{n}", P, f"Filler paragraph {n} about tides and timetables.") for n in range(8, 30)
    ]
    body.append(Block("b30", P, "“Fuel is half our costs,” Reyes added at the end."))
    quotes = [
        Quote("q1", "b5", 1, 16, "We had no choice", "Tamsin Reyes", "said"),
        Quote("q2", "b6", 20, 45, "It is a tax on living here", "Bram Ota", "said"),
        Quote("q3", "b30", 1, 25, "Fuel is half our costs", "Tamsin Reyes", "added"),
    ]
    speakers = [
        Speaker("s1", "Tamsin Reyes", ["Reyes"], "the operator's director", quotes=["q1", "q3"]),
        Speaker("s2", "Bram Ota", [], "an islander", quotes=["q2"]),
    ]
    embedded = Article(
        title="Sound Post: fuel prices at a ten-year high",
        source="SOUND POST",
        authors=["Ola Finch"],
        blocks=[Block("e1", P, "Fuel prices rose again, said Nell Varga.")],
        speakers=[Speaker("es1", "Nell Varga", quotes=[])],
    )
    comments = [
        Comment(1, "Ivy", blocks=[Block("c1.b1", P, "Ten percent is a lot for a ferry.")]),
        Comment(
            2,
            None,
            parent=1,
            blocks=[
                Block("c2.b1", BlockKind.QUOTE, "Ten percent is a lot", source_comment=1),
                Block("c2.b2", P, "Not compared with fuel."),
            ],
            reply_evidence=[ReplyEvidence("quote", 1, "Ten percent is a lot")],
        ),
        Comment(3, "Ivy", parent=2, blocks=[Block("c3.b1", P, "Fuel fell last year.")]),
        Comment(4, "Otto", blocks=[Block("c4.b1", P, "See this:")], articles=[embedded]),
        Comment(5, "Ivy", blocks=[Block("c5.b1", P, "\x1b[31m[red]not markup[/red]")]),
    ]
    return Article(
        title="Ferry fares rise on the Lark Sound route",
        subtitle="Operators blame fuel; islanders blame [bold]nobody[/]",
        published="2026-03-01",
        site="Sound Post",
        dateline="PORT WREN",
        authors=["Ola Finch"],
        blocks=body,
        quotes=quotes,
        speakers=speakers,
        comments=comments,
    )


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    """Settings, themes and document state of the test's own, never the user's."""
    return isolate(tmp_path, monkeypatch)


@pytest.fixture
def document() -> Document:
    return Document(article=_article(), input_name="ferry.txt")


@pytest.fixture
def empty_document() -> Document:
    """The same article with no quotes, speakers or threads yet."""
    article = _article()
    article.quotes, article.speakers = [], []
    for comment in article.comments:
        comment.parent = None
    return Document(article=article, input_name="ferry.txt")


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests with asyncio (no plugin needed)."""
    import asyncio
    import inspect

    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{n: pyfuncitem.funcargs[n] for n in names}))
    return True
