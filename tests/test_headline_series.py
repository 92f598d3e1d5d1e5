"""A numbered subhead in the body's first lines ("1) The ferry comes first"), the next
number opening a line below it, is an item of a listicle: no headline. (A listicle whose
title shares few words with the body, its subheads many.)"""

from __future__ import annotations

from conftest import parse_text

LINES = [
    " Jump to content\xa0",
    "\xa0Search\xa0",
    "Saltmarsh Daily\xa0",
    "\tCulture",
    "  Tides",
    "\tWorld ",
    "Local",
    "6 things to know about the flood barrier",
    "The decision leaves the market hall lease in doubt until March, members said.",
    "Femi Kowal",
    "Updated March 10, 2021",
    (
        "The fishing cooperative in Westcliff has doubled the market hall lease, saying "
        'the cost had risen by a third since the spring. "We cannot wait another winter '
        'for the market hall lease," Tomasz Brandt wrote in a letter to members.'
    ),
    "1) The market hall lease comes later",
    (
        '"We cannot wait another winter for the market hall lease," Petra Dunmore wrote '
        "in a letter to members. Members will meet again in April to decide whether the "
        "old structure was no longer safe."
    ),
    "2. The night ferry comes later",
    (
        "The market hall lease was first proposed in 2014, when the old structure was no "
        "longer safe. Members will meet again in July to decide whether the contractor "
        "had withdrawn its bid. The market hall lease was first proposed in 1999, when "
        "the tide tables had changed."
    ),
    "3. The mooring fees comes first",
    (
        '"We cannot wait another winter for the market hall lease," Oskar Okafor wrote in'
        " a letter to members. The market hall lease was first proposed in 2007, when "
        "residents had asked for more time."
    ),
    "4) The sea wall repairs comes first",
    (
        '"We cannot wait another winter for the market hall lease," Aiko Mehta told '
        'reporters. "We cannot wait another winter for the market hall lease," Jonah Sato'
        " said on Tuesday. Sunniva Ferreira, who chairs the committee, wrote in a letter "
        "to members that the tide tables had changed."
    ),
    "5) The night ferry comes first",
    (
        "Members will meet again in June to decide whether fewer passengers had used the "
        "service. Jonah Ruiz, who chairs the committee, said that residents had asked for"
        " more time."
    ),
    "6) The market hall lease comes first",
    (
        "The market hall lease was first proposed in 1999, when the cost had risen by a "
        "third since the spring."
    ),
    "\xa0Share on Facebook",
    "\tCopy link ",
    "  WhatsApp\xa0",
    "\xa0Share on X",
    " Careers ",
    "About us ",
    "  Terms\xa0",
    "Privacy policy ",
    " © 2026 Saltmarsh Daily",
]
LISTICLE = "\n".join(LINES) + "\n"


def test_a_listicles_first_numbered_subhead_is_no_headline() -> None:
    article = parse_text(LISTICLE).article
    assert article.title == "6 things to know about the flood barrier"
    body = [b.text for b in article.blocks if b.kind.value in ("paragraph", "heading")]
    assert body[0].startswith("The fishing cooperative in Westcliff")
    assert "1) The market hall lease comes later" in body
