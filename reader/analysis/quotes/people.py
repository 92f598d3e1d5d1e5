"""Everyone an article names, read once before attribution: full names as introduced
(so "Hill" can become "Ada Hill"), the role an appositive gives, gender where the
text tells it ("Hill said she …"); each block is read into it by ``block_people``."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis.quotes.names import Mention

Position = tuple[int, int]  # (block index, offset in the block text)


@dataclass(slots=True)
class People:
    intros: list[tuple[Position, Mention]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    told: dict[str, set[str]] = field(default_factory=dict)  # sexes the text gives a name
    orgs: set[str] = field(default_factory=set)
    # Every name in the narration, in text order, with its rank (0: heads a main clause).
    mentions: list[tuple[Position, str, int]] = field(default_factory=list)
    # "he" and "she" in the narration, in text order, with their rank.
    pronouns: list[tuple[Position, str, int]] = field(default_factory=list)
    starts: dict[int, list[int]] = field(default_factory=dict)  # sentence starts, by block
    # The roles each person is given, as written: (where, name, "former secretary of state").
    described: list[tuple[Position, str, str]] = field(default_factory=list)
    inside: set[str] = field(default_factory=set)  # capitalised words not opening a sentence
    titled: dict[str, set[str]] = field(default_factory=dict)  # "Mrs. Khan": Khan -> {"f"}
    # Sentences whose subject is an unnamed person: (where, whom they speak for, sex).
    unnamed: list[tuple[Position, str, str | None, bool]] = field(default_factory=list)
    # Sentences headed by a group named by a common noun only: (where, "trustees").
    groups: list[tuple[Position, str]] = field(default_factory=list)
    # Names a relative clause follows ("Ada Lee, whose farm …", "Ada Lee, who …").
    relative: set[Position] = field(default_factory=set)
    asked: set[Position] = field(default_factory=set)  # a name the sentence speaks to
    # Two people named together, one surname: (where, "Lena and Marta Kowalczyk").
    pairs: list[tuple[Position, str]] = field(default_factory=list)
    # Names heading a plural verb ("p") or owning an "its" in their clause ("n").
    agrees: dict[str, str] = field(default_factory=dict)
    dead: list[tuple[Position, str]] = field(default_factory=list)  # "Ann Lee has died"
    # Documents and who published them: (where, "study", "Carrick Institute").
    published: list[tuple[Position, str, str]] = field(default_factory=list)

    def opens(self, pos: Position) -> bool:
        """A sentence opens at ``pos``: its first word may be a role ("Nurse Anna Lee")."""
        return pos[1] in self.starts.get(pos[0], ())

    def add_pronouns(self, new: list[tuple[Position, str, int]]) -> None:
        """A block's pronouns (sorted) to the list, which stays in text order: sorted
        afresh only when the block comes before one read already (sorting the whole list
        again for each block made a long article's reading grow with its square)."""
        later = not self.pronouns or not new or self.pronouns[-1] <= new[0]
        self.pronouns.extend(new)
        if not later:
            self.pronouns.sort()
