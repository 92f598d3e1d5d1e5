"""The runs of prose (body_runs.prose_clusters): what parts two runs and what does not."""

from __future__ import annotations

from reader.ingest.body_runs import prose_clusters
from reader.ingest.lines import to_lines

FIRST = "The ferry to Molby Point leaves at dawn on weekdays, said the harbour master."
SECOND = "Riders on the late boat asked for a second crossing before the autumn storms."


def runs(gap: list[str]) -> list[tuple[int, int]]:
    lines = to_lines("\n".join([FIRST, *gap, SECOND]))
    return [(first, last) for first, last, _ in prose_clusters(lines)]


def test_a_row_of_three_buttons_parts_two_runs_of_prose() -> None:
    assert runs(["Share", "Print", "Email"]) == [(0, 0), (4, 4)]


def test_two_buttons_or_a_caption_between_paragraphs_part_nothing() -> None:
    assert runs(["Share", "Print"]) == [(0, 3)]
    assert runs(["Share", "A gull over the pier", "Print"]) == [(0, 4)]


def test_buttons_before_a_table_row_do_not_count_past_it() -> None:
    # a table's row after two buttons belongs to the run: the count starts again under it
    assert runs(["Share", "Print", "Fares\t$4\t$6", "Email", "Save"]) == [(0, 6)]
