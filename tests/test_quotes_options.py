"""A quote's speaker options (each cue that resolves, the last quote's speaker, no one),
their features of form, and the weights choosing among them (speaker_choice)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from quote_helpers import pairs, run

from reader.analysis.quotes import speaker_choice
from reader.analysis.quotes.speaker_options import FEATURES, Option, Setting, features
from reader.analysis.quotes.speakers import Cast

Seen = list[list[tuple[Option, dict[str, float]]]]

_TWO_NAMES = (
    "“We sail at dawn,” said Ines Moreau.",
    "Tomas Ekland, the harbour master, spoke next. “Nobody leaves before the fog lifts,”"
    " Ekland said.",
)
_UNNAMED_CUE = (
    "“We sail at dawn,” Ines Moreau told the crew. “The fog will lift by six,” the captain added.",
)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Seen]:
    """Each quote's options, with their features, as the choice receives them."""
    found: Seen = []
    choose = speaker_choice.pick

    def record(options: list[Option], setting: Setting, cast: Cast) -> Option:
        rows = [dict(zip(FEATURES, features(o, setting, cast), strict=True)) for o in options]
        found.append(list(zip(options, rows, strict=True)))
        return choose(options, setting, cast)

    monkeypatch.setattr(speaker_choice, "pick", record)
    with speaker_choice.using(list(speaker_choice.KEPT.values)):  # every option, as the bench
        yield found


def test_each_cue_that_resolves_then_the_last_speaker_then_no_one(seen: Seen) -> None:
    run(*_TWO_NAMES)
    second = [(o.name, o.inherited, o.rule) for o, _ in seen[1]]
    assert second == [
        ("Tomas Ekland", False, True),  # "Ekland said": the hand rule's choice
        ("Tomas Ekland", False, False),  # the sentence before: "Tomas Ekland … spoke"
        ("Ines Moreau", True, False),
        (None, False, False),
    ]


def test_the_features_say_the_form_of_each_option(seen: Seen) -> None:
    run(*_TWO_NAMES)
    cue = {name for name, value in seen[1][0][1].items() if value == 1.0}
    assert cue == {
        "rule", "same_sentence", "adjacent", "say_verb", "surname", "introduced",
        "new_in_narration",
    }  # fmt: skip
    assert seen[1][0][1]["distance"] > 0
    run(*_UNNAMED_CUE)
    inherited = {name for name, value in seen[-1][0][1].items() if value}
    assert inherited == {
        "inherited", "inherit_follows", "inherit_unresolved", "inherit_same_block",
    }  # fmt: skip


def test_weights_choose_the_option_the_rule_would_not() -> None:
    # the kept weights are the hand rule's: a cue naming no one leaves the quote to no one
    assert pairs(run(*_UNNAMED_CUE))[1] == ("The fog will lift by six,", None)
    weights = [float(name in ("rule", "inherited", "inherit_same_block")) for name in FEATURES]
    with speaker_choice.using(weights):
        assert pairs(run(*_UNNAMED_CUE))[1] == ("The fog will lift by six,", "Ines Moreau")
    assert pairs(run(*_UNNAMED_CUE))[1] == ("The fog will lift by six,", None)  # kept again
