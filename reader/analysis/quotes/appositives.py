"""The appositive after a person's name: "Ann Lee, a teacher from Hove, said", "Ann Lee,
chair of the Hove Society, said" (a bare role noun, of or at a body), past a
bracket or an age ("Ann Lee (61), a retired teacher,", "Ann Lee, 61, a retired teacher
from Hove,"), closed by a comma or by the end of its sentence ("…, said Ann Lee, a
commuter from Hove."): it never runs on into the next sentence ("Ann Lee, a teacher.
Its roof leaks, …")."""

from __future__ import annotations

import re

from reader.analysis.quotes.sentences import is_abbreviation
from reader.analysis.quotes.subjects import role_noun

_APPOS = re.compile(
    r"(?:\s*\([^()]{1,40}\)|(,\s+\d{1,3})(?=,))?,\s+((?:an?|the|former|who|now|then)\s[^_;:,]{3,160}"
    r"|[A-Z][\w.\-]*\s+(?:[A-Z][\w.\-]*\s+)?[a-z][^_;:,]{3,160}"
    r"|(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\s+(?:of|at|for)\s[^_;:,]{2,160})"  # "chair of X"
)
_STOP = re.compile(r"[.!?]+(?=\s|$)")


def appositive(masked: str, end: int) -> tuple[str, bool] | None:
    """The appositive after the name that ends at ``end``, and whether it is one of the
    roles that rank a pronoun's antecedent (antecedents._person) as they did before ages
    and sentence ends were read: no age before it, a comma after its words; None when
    there is none: no comma or sentence end closes it."""
    m = _APPOS.match(masked, end)
    if m is None or (m.group(3) and not role_noun(m.group(3))):
        return None  # not "Ann Lee, voiced support for …"
    role = m.group(2)
    comma = masked.startswith(",", m.end())
    ranked = comma and not m.group(1)  # the antecedent rank's roles, as before: no age
    for stop in _STOP.finditer(role):
        if not (role[stop.start()] == "." and is_abbreviation(role, stop.start())):
            if comma or role[0].islower():  # not "The Atlantic, Pres. Obama admits …"
                return role[: stop.start()].strip(), ranked  # "…, a commuter from Hove."
            return None
    return (role.strip(), ranked) if comma else None
