"""Where prose stops being the article: a run of prose far under (or over) the body's
heaviest run, past a long gap of short lines (a staff list, a bio box, a column of
links), joins it only if it keeps to the article's topic, its longer words."""

from __future__ import annotations

from reader.ingest.body_runs import MAX_GAP, Cluster
from reader.ingest.lines import Line, is_prose, words

FAR_GAP = 2 * MAX_GAP  # lines between two runs that make the second one far
TOPIC_SHARE = 0.25  # the part of a far run's longer words the heaviest run uses too
LONGER = 4  # letters of a word that can tell a topic


def vocabulary(lines: list[Line], run: Cluster) -> list[str]:
    """The longer words of a run's prose, lower case, each time it uses them."""
    return [
        w.lower()
        for line in lines[run[0] : run[1] + 1]
        if is_prose(line.text)
        for w in words(line.text)
        if len(w) >= LONGER
    ]


def keeps_topic(lines: list[Line], near: Cluster, far: Cluster, topic: set[str]) -> bool:
    """May run ``far`` join the body that ``near`` ends (or opens)? Near it, always; past
    a long gap, only if a part of its words is ``topic`` (the heaviest run's words)."""
    gap = far[0] - near[1] - 1 if far[0] > near[1] else near[0] - far[1] - 1
    if gap <= FAR_GAP:
        return True
    used = vocabulary(lines, far)
    return sum(1 for w in used if w in topic) >= TOPIC_SHARE * len(used)
