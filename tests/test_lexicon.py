"""The word lists of the quote rules: data files, one entry a line, sorted and unique, each
in one list only unless the overlap is explained here; verbs inflected by one rule."""

from __future__ import annotations

import itertools

import pytest
from quote_helpers import pairs, run

from reader import lexicon
from reader.lexicon import inflect

LISTS = sorted(p.name for p in lexicon.FOLDER.glob("*.txt"))
VERB_LISTS = ("say_verbs.txt", "judging_verbs.txt")


@pytest.mark.parametrize("name", LISTS)
def test_each_list_explains_itself_and_is_sorted_and_unique(name: str) -> None:
    lines = (lexicon.FOLDER / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# "), "a list opens with what it holds"
    keyed = name in VERB_LISTS or name in (
        "titles.txt",
        "post_nominals.txt",
    )  # a word, then its forms or marks
    heads = [entry[0] if keyed else " ".join(entry) for entry in lexicon.entries(name)]
    assert heads == sorted(heads)
    assert len(heads) == len(set(heads))
    assert all(h == h.lower() for h in heads)


_PHRASES = ("places.txt", "foreign_say_verbs.txt")  # an entry of two words is one


def _words_of(name: str) -> set[str]:
    if name in VERB_LISTS:
        return {form for verb in lexicon.verbs(name) for form in verb.forms()}
    return {" ".join(entry) if name in _PHRASES else entry[0] for entry in lexicon.entries(name)}


# Words in two lists, and why; any other overlap is a mistake.
EXPLAINED = {
    ("abbreviations.txt", "common_caps.txt"): ({"no"}, "No. 1 / No, …"),
    ("abbreviations.txt", "name_suffixes.txt"): ({"jr", "sr"}, "King Jr. said: no sentence end"),
    ("abbreviations.txt", "organisation_words.txt"): (
        {"co", "corp", "inc"},
        "Acme Inc. ends a name",
    ),
    ("abbreviations.txt", "titles.txt"): (
        {"adm", "capt", "col", "dr", "gen", "gov", "lt", "mr", "mrs", "ms", "prof", "rep"}
        | {"rev", "sen", "sgt"},
        "an abbreviated title's full stop does not end the sentence",
    ),
    ("party_members.txt", "titles.txt"): (
        {"democrat", "republican"},
        "Republican Ann Hale: a title before a name; the Republican said: a person alone",
    ),
    ("adverbs.txt", "common_caps.txt"): (
        {"also", "earlier", "just", "later", "then"},
        "Later, … opens a sentence; Hill later said",
    ),
    ("document_nouns.txt", "organisation_words.txt"): (
        {"review"},
        "the National Review said / the review found",
    ),
    ("common_caps.txt", "say_verbs.txt"): ({"asked"}, "Asked about it, Hill said"),
    ("common_caps.txt", "titles.txt"): ({"first"}, "First, … / First Lady"),
    ("organisation_words.txt", "say_verbs.txt"): ({"post", "report"}, "the Post / posted"),
    ("organisation_words.txt", "statement_nouns.txt"): (
        {"post", "report"},
        "the Washington Post said / the post said",
    ),
    ("organisation_words.txt", "titles.txt"): (
        {"house", "press", "senate"},
        "the House said / House Speaker Ann Fogg",
    ),
    ("female_names.txt", "organisation_words.txt"): (
        {"charity"},
        "Charity Ames is a woman; the charity said",
    ),
    ("female_names.txt", "places.txt"): (
        {"america", "asia", "georgia", "india", "kenya", "malaysia", "virginia"},
        "Virginia Foxx is a woman; Virginia alone is the state",
    ),
    ("male_names.txt", "places.txt"): ({"israel", "jordan"}, "Jordan Ames; Jordan alone"),
    ("male_names.txt", "place_nouns.txt"): ({"lane"}, "Lane Ames is a man; Carrow Lane a street"),
    ("say_verbs.txt", "statement_nouns.txt"): (
        {"email", "post", "report", "tweet"},
        "noun and verb: the email said / Lee emailed",
    ),
    ("say_verbs.txt", "titles.txt"): ({"state"}, "Secretary of State / state that"),
}


@pytest.mark.parametrize("a, b", list(itertools.combinations(LISTS, 2)))
def test_no_unexplained_overlap(a: str, b: str) -> None:
    allowed, _why = EXPLAINED.get((a, b), (set(), ""))
    assert _words_of(a) & _words_of(b) == allowed


def test_one_inflector_for_every_verb() -> None:
    assert inflect("stress").forms() == {"stress", "stresses", "stressed", "stressing"}
    assert inflect("reply").forms() == {"reply", "replies", "replied", "replying"}
    assert inflect("agree").forms() == {"agree", "agrees", "agreed", "agreeing"}
    assert inflect("quip").forms() == {"quip", "quips", "quipped", "quipping"}
    assert inflect("admit", "admitted").ing == "admitting"
    assert inflect("write", "wrote", "written").forms() == {
        "write", "writes", "wrote", "written", "writing"
    }  # fmt: skip
    assert inflect("echo").third == "echoes"


def test_a_verb_that_inverts_does_so_in_its_past_and_its_s_form() -> None:
    say = {verb.base: verb for verb in lexicon.verbs("say_verbs.txt")}
    assert say["say"].inverts and not say["claim"].inverts
    inverting = {f for v in say.values() if v.inverts for f in (v.past, v.third)}
    assert inverting == lexicon.INVERTING_VERBS


def test_a_verb_that_inverts_takes_the_name_after_it() -> None:
    article = run("“We will not wait for the courts,” declares Ota, who chairs the board.")
    assert pairs(article) == [("We will not wait for the courts,", "Ota")]


def test_every_form_of_a_say_verb_is_one() -> None:
    article = run(
        "Judge Ann Fogg stood up at the end, admitting the plan was “a failure of nerve.”",
        "Tom Ulster stresses that every ballot will be counted by hand.",
        "“Nobody should doubt the result of this vote in the end.”",
    )
    assert [s for _, s in pairs(article)] == ["Ann Fogg", "Tom Ulster"]
