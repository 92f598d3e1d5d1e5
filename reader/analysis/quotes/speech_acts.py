"""Verbs of judging and naming that frame a partial quote as their subject's words:
"Trump blamed the shootings on “sickos”", "Bush called the orders “quite dangerous”",
"Collins published an op-ed hammering his “unsuitability for office”".

They are weaker cues than say-verbs: they attribute a quote only inside their own
sentence and only to a subject that names someone, never across a sentence boundary."""

from __future__ import annotations

from reader.analysis.quotes.lexicon import words


def _forms(bases: str) -> frozenset[str]:
    """Past, third person and participle of each regular base: blame -> blamed, blames, …"""
    out: set[str] = set()
    for base in bases.split():
        stem = base[:-1] if base.endswith("e") else base
        double = base[-1] in "pmntbg" and base[-2] in "aeiou" and base[-3] not in "aeiou"
        past = stem + base[-1] + "ed" if double and len(base) <= 4 else stem + "ed"
        ing = stem + base[-1] + "ing" if double and len(base) <= 4 else stem + "ing"
        if base.endswith("y") and base[-2] not in "aeiou":
            out |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing", base}
        else:
            out |= {base, base + ("es" if base.endswith(("s", "sh", "ch")) else "s"), past, ing}
    return frozenset(out)


_JUDGING = (
    "blame mock question decry criticize criticise condemn denounce deride dismiss hail"
    " applaud welcome thank ridicule attack slam hammer lambast label brand dub term"
    " characterize characterise accuse reject defend endorse describe portray paint"
    " trumpet cite quote invoke reference refer dispute challenge scold chide rebuke"
    " lash insult taunt tease knock ding fault credit congratulate assure reassure"
    " remind inform notify caution implore beg invite encourage thank praise express"
    " voice stress highlight underscore frame tout promote pitch push hint signal"
    " summarize summarise echo parrot rail vent gush rave complain grumble grouse"
)
_IRREGULAR = words(
    "referred referring wrote written writes write spoke speaks speak spoken told tells"
    " tell swore swears swear sang sings sing taught teaches teach threw throws throw"
)

JUDGING_VERBS: frozenset[str] = _forms(_JUDGING) | _IRREGULAR
