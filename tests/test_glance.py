"""The first frame's glance: a page's first lines under a headline guessed cheaply, made
without the parsers, the word lists or the model's classes."""

from __future__ import annotations

import subprocess
import sys

from reader.ingest.glance import glance

MENU = "Home\nNews\nSport\nWeather\nSign in\n\n"
STORY = (
    "Ferry crews walk out over the new winter timetable\n\n"
    "By Ona Petrak\n\n"
    "The island ferries stayed in harbour on Monday as crews refused to sail the new "
    "winter timetable, which they say leaves too little time between crossings.\n\n"
    "Passengers queued at the terminal for an hour before the notice went up.\n"
)


def test_the_headline_is_the_first_line_shaped_like_one_over_a_paragraph():
    seen = glance(MENU + "Around the coast\n\n" + STORY)
    assert seen.title == "Ferry crews walk out over the new winter timetable"
    assert seen.lines[:2] == ("By Ona Petrak", STORY.split("\n\n")[2])
    assert "Home" not in seen.lines  # the menus above it: boilerplate the article hides


def test_a_date_line_under_it_marks_a_headline_and_is_none_itself():
    page = "Tuesday 4 March 2025 09:15\n\nHarbour lights go dark for a night\n\n4 March 2025\n"
    assert glance(page).title == "Harbour lights go dark for a night"


def test_without_a_line_shaped_like_a_headline_the_first_line_is_the_title():
    assert glance("\n\nnotes\n\nshort\n").title == "notes"
    assert glance("").title == "" and glance("\n \n").lines == ()


def test_the_glance_holds_about_a_screen_not_the_whole_page():
    page = STORY + "".join(f"\nLine {n} of a long log of crossings.\n" for n in range(5000))
    assert 20 < len(glance(page).lines) < 200


def test_the_first_frame_imports_no_parser_word_list_model_class_or_reading_screen():
    code = (
        "import sys\n"
        "from reader.ingest.glance import glance\n"
        "from reader.ui.loading import plain_page\n"
        "from reader.ui.widgets.first_paint import FirstPaint\n"
        "from reader.ui.first_screen import FirstScreen\n"
        "import reader.cli, reader.ui.run, reader.ui.app\n"  # the app, its first screen too
        "from reader.ingest.source import from_bytes\n"
        "source = from_bytes(b'A headline of a few words\\n\\nIts paragraph.\\n', 'page.txt')\n"
        "assert plain_page(source) and glance(source.text).title\n"
        "heavy = ('reader.ingest.page', 'reader.ingest.lines', 'reader.lexicon',\n"
        "         'reader.model.document', 'reader.model.blocks', 'reader.sources',\n"
        "         'reader.analysis', 'reader.ui.screens', 'textual.widgets._tabs')\n"
        "print(','.join(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
