"""Discussions where people have them: Hacker News, Lobsters, Mastodon, blog comment feeds.

Each site has one module: how its addresses look, how its API is asked (``requests``),
the shape of its answer and how that becomes a ``Thread`` (``thread``). A thread becomes
the document (``document``) with the page it discusses as the article (``article_page``);
a saved answer is recognised by its shape (``saved``). Plain parsing: no Textual.
"""
