"""Everyone one block names, read into the article's ``People``: each capitalised run's
mention and rank, the full names introduced, the roles an appositive or the words
before give, an age, the sex a pronoun after a name tells; "he" and "she" with their
rank; a heading's people; sentences whose subject is an unnamed person."""

from __future__ import annotations

import re

from reader.analysis.quotes import title_lines
from reader.analysis.quotes.appositives import appositive
from reader.analysis.quotes.clause_rank import BEFORE_VERB, DESCRIBED, rank
from reader.analysis.quotes.cue_words import addressed
from reader.analysis.quotes.deaths import reported_dead
from reader.analysis.quotes.gender_evidence import body_agreement, own_pronoun
from reader.analysis.quotes.joined_pairs import joined_pair
from reader.analysis.quotes.name_runs import key
from reader.analysis.quotes.nameless_groups import group_subjects
from reader.analysis.quotes.names import NAME_RUN, Mention, looks_like_name, parse_mention
from reader.analysis.quotes.owner_pronouns import owner_pronouns, role_sex
from reader.analysis.quotes.people import People, Position
from reader.analysis.quotes.publishers import publishers
from reader.analysis.quotes.role_before import owned_role, role_before
from reader.analysis.quotes.shared_surnames import shared_surname
from reader.analysis.quotes.unnamed_subjects import unnamed_subjects
from reader.lexicon import NAME_SUFFIXES, ORG_WORDS, SAY_VERBS

_FOLLOW = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^_;:]{3,200},)?\s+" + BEFORE_VERB + r"([a-z]+)"
    r"(?:\s+(?:that\s+)?(he|she|his|her)\b)?"
)
_AGE = re.compile(r",\s+(\d{1,3}),|\s?\((\d{1,3})\)")  # "Ann Lee, 71," or "Ann Lee (71)"
_RELATIVE = re.compile(r",\s+(?:who|whose|whom)\s")  # ", who …", ", whose …", ", whom …"
_BE_DONE = re.compile(r"\s+([a-z]+)\s+([a-z]+)")  # "Ann Lee was asked": spoken to
_POSSESSIVE = re.compile(r"(?:[’']s?|\.)$")
_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}


def _bare(run: str) -> str:
    """A run without its possessive or its sentence's full stop; a suffix keeps its own
    ("Desmond Oyelaran Sr.", as the name is introduced)."""
    if run.endswith(".") and key(run.rsplit(maxsplit=1)[-1]) in NAME_SUFFIXES:
        return run
    return _POSSESSIVE.sub("", run)


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def read_block(people: People, index: int, masked: str, starts: list[int] | None = None) -> None:
    """Collect the names of one block (quotes masked, so names inside quotes are ignored)."""
    people.starts[index] = starts or [0]
    if title_lines.is_title_case(masked):
        for offset, name, gender in title_lines.people_in(masked):
            people.mentions.append(((index, offset), name, 0))  # the heading's topic
            people.intros.append(((index, offset), Mention(name, "person", None, gender)))
            people.genders.setdefault(name, gender)
        return  # no other run of a heading names anyone
    opening = set(people.starts[index])
    for offset, body, sex, said in unnamed_subjects(masked, people.starts[index]):
        people.unnamed.append(((index, offset), body, sex, said))
    people.groups.extend(
        ((index, at), noun) for at, noun in group_subjects(masked, people.starts[index])
    )
    pronouns = [
        ((index, m.start()), m.group().lower(), rank(masked, m.start(), m.end(), pronoun=True))
        for m in _PRONOUN.finditer(masked)
    ]
    for offset, word in owner_pronouns(masked, people.starts[index]):
        pronouns.append(((index, offset), word, 0))  # "Her predecessor, Ann Lee, …"
    people.add_pronouns(sorted(pronouns))
    runs = list(NAME_RUN.finditer(masked))
    people.published.extend(((index, at), noun, run) for at, noun, run in publishers(masked, runs))
    for m in runs:
        _read_run(people, index, masked, m, opening)


def _read_run(people: People, index: int, masked: str, m: re.Match[str], opening: set[int]) -> None:
    """One capitalised run: a mention with its rank; a lone word's sex, or the pair it
    ends; a name's full facts (``_record``)."""
    run = m.group()
    if m.start() not in opening:
        people.inside.update(_POSSESSIVE.sub("", t) for t in run.split())
    named = looks_like_name(run)  # not "N.H." alone
    owned = role_sex(masked, m.start(), m.end())  # "his widow, Ysolde,"
    if named:
        heads = rank(masked, m.start(), m.end())
        heads = DESCRIBED if owned and heads else heads  # "… of his mother, Diana, …"
        people.mentions.append(((index, m.start()), _bare(run), heads))
        if (done := _BE_DONE.match(masked, m.end())) and addressed(*done.groups()):
            people.asked.add((index, m.start()))
        if heads == 0 and (sex := own_pronoun(masked, m.end())):
            person = parse_mention(run)
            if person and person.kind == "person" and " " in person.name:  # not "Clinton"
                people.told.setdefault(person.name, set()).add(sex)
        if heads == 0 and reported_dead(masked, m.start(), m.end()):
            people.dead.append(((index, m.start()), _bare(run)))
        if heads == 0 and " " in run and (number := body_agreement(masked, m.start(), m.end())):
            people.agrees.setdefault(_bare(run), number)
    if named and owned and " " not in run:
        people.genders.setdefault(_bare(run), owned)  # a lone word: no list gives its sex
    if " " not in run and not (run.isupper() or run.lower().rstrip(".") in ORG_WORDS):
        if sex := _said_pronoun(masked, m.end()):
            people.genders.setdefault(_POSSESSIVE.sub("", run), sex)
        if family := shared_surname(masked, m, people.intros):  # "Lena and Marta Kowalczyk"
            people.intros.append(((index, m.start()), family[0]))
            people.pairs.append(((index, m.start()), masked[m.start() : family[1]]))
        return  # a lone capitalised word: else only its gender is worth keeping
    mention = parse_mention(run, m.start() in opening)
    if mention is None or (m.group().isupper() and len(m.group()) > 6) or not named:
        return
    _record(people, masked, index, m, mention)


def _record(people: People, masked: str, index: int, m: re.Match[str], mention: Mention) -> None:
    """A person or body named: the full name introduced, its sex, its roles and age."""
    pos = (index, m.start())
    tokens = mention.name.split()
    if mention.kind == "organisation":
        if len(tokens) > 1 or tokens[0].lower() not in ORG_WORDS:
            people.orgs.add(mention.name)
            people.intros.append((pos, mention))
    elif len(tokens) > 1:
        joined_pair(people, masked, index, m.start(), mention)  # "Ann Roe and Bo Lind"
        people.intros.append((pos, mention))
        if mention.gender:
            people.genders.setdefault(mention.name, mention.gender)
        if mention.role:
            people.roles.setdefault(mention.name, mention.role)
    elif mention.gender:  # "Ms. Gray": the title tells
        people.genders.setdefault(mention.name, mention.gender)
        people.titled.setdefault(mention.name, set()).add(mention.gender)
    if mention.kind == "person":
        before = role_before(masked, m.start()) or owned_role(masked, m.start(), m.end())
        role = " ".join(filter(None, (before, mention.role)))
        if role:
            people.described.append((pos, mention.name, role))
    if mention.kind == "person" and _RELATIVE.match(masked, m.end()) and _first_named(people, pos):
        people.relative.add(pos)  # "came from Ada Lee, whose family farms here."
    if mention.kind == "person" and (age := _AGE.match(masked, m.end())):
        people.described.append((pos, mention.name, f"{age.group(1) or age.group(2)}-year-old"))
    if appos := appositive(masked, m.end()):
        if appos[1]:  # a role that closes its sentence only describes: no antecedent rank
            people.roles.setdefault(mention.name, appos[0])
        if mention.kind == "person":
            people.described.append((pos, mention.name, appos[0]))
    if sex := _said_pronoun(masked, m.end()):
        people.genders.setdefault(mention.name, sex)


def _first_named(people: People, pos: Position) -> bool:
    """No one is named before ``pos`` in its sentence: a relative clause after a name
    later in it may be an earlier person's ("Ann Lee, a diver from Dunmore County, who
    …", "said Bo Hale, director of the X Circle, whose members …")."""
    starts = people.starts.get(pos[0], [0])
    start = max((s for s in starts if s <= pos[1]), default=0)
    return not any(at[0] == pos[0] and start <= at[1] < pos[1] for at, _ in people.intros)


def _said_pronoun(masked: str, end: int) -> str | None:
    """The sex of the "he"/"she" a say-verb after a name gives it ("Lee said she …")."""
    follow = _FOLLOW.match(masked, end)
    if follow and follow.group(2) and follow.group(1) in SAY_VERBS:
        return _GENDER[follow.group(2)]
    return None
