"""Twenty-eight short articles written in session 27 for ``bench/detect_written.py``: quote
detection on pages in styles reader was not tuned on, each quote with its kind as a careful
reader gives it. Invented people, places and sentences; written and scored once with
main's code (4ca7fa0) before any rule was changed for them.

Kinds: ``speech`` (someone's words, however short: "‘No,’ he said"), ``scare`` (a word or
two held at a distance: the so-called ‘quiet zone’) and ``title`` (a book, a film, a song,
a show). A quote running over paragraphs is one ``speech`` piece per paragraph; a quote
nested inside another is part of the outer one and is not listed.

Patterns: ``british`` ‘…’ with apostrophes inside words and after a plural's s;
``apostrophe`` ’ opening a word (’90s, rock ’n’ roll, ’em) on a ‘…’ page; ``nested`` “…” in
‘…’ and ‘…’ in “…”; ``over`` a quote over paragraphs, its opening mark repeated;
``titles`` works named in marks; ``scare`` one or two words in marks; ``short`` a word or
two followed by "he said"; ``guillemets`` «…»; ``low`` „…“ and „…”; ``reversed`` »…«;
``straight`` ' and " in a text copy; ``dash`` dialogue opened by a dash; ``mixed`` “…”
speech with ‘…’ titles and scare quotes. Cases come in pairs of a pattern: the even one
of each pair (index % 2 == 0) is dev, the odd one held out (never read for misses).
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    pattern: str
    paragraphs: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]  # (the quote's whole text, its kind)


def held_out(index: int) -> bool:
    """The fixed rule: the second case of each pair is held out."""
    return index % 2 == 1


CASES = (
    Case(
        "british",
        (
            "The harbour board voted on Tuesday to close the old fish market, which has"
            " stood on Quay Lane since the town’s charter was granted.",
            "‘We don’t take this lightly, but the roof can’t hold another winter,’ said"
            " Maud Pellew, who chairs the board.",
            "Stallholders were less calm. ‘It’s the Hobbs’ living and my father’s before"
            " mine,’ said Ewan Tressider, whose family has sold crab there for sixty years.",
            "The board’s engineers said repairs would cost more than a new hall.",
        ),
        (
            ("We don’t take this lightly, but the roof can’t hold another winter", "speech"),
            ("It’s the Hobbs’ living and my father’s before mine", "speech"),
        ),
    ),
    Case(
        "british",
        (
            "Residents of Copperfold have won their fight to keep the village’s last bus"
            " route, the county council confirmed yesterday.",
            "‘The drivers’ union backed us from the first day,’ said campaigner Rhona"
            " Steadman. ‘Without them we’d have lost.’",
            "Councillor Piers Abney said the route would be reviewed again in two years."
            " ‘Nobody’s promising it’ll run for ever,’ he added.",
        ),
        (
            ("The drivers’ union backed us from the first day", "speech"),
            ("Without them we’d have lost", "speech"),
            ("Nobody’s promising it’ll run for ever", "speech"),
        ),
    ),
    Case(
        "apostrophe",
        (
            "The Gallowhill Social Club reopens next month with the jukebox it bought in"
            " the ’80s, polished and rewired.",
            "‘People come for rock ’n’ roll and stay for the pie,’ said manager Dilys"
            " Varnham. ‘We’ll keep ’em fed.’",
            "The club’s members raised most of the money themselves.",
        ),
        (
            ("People come for rock ’n’ roll and stay for the pie", "speech"),
            ("We’ll keep ’em fed", "speech"),
        ),
    ),
    Case(
        "apostrophe",
        (
            "Vinyl sales at Brackwater’s two record shops have doubled since ’19, traders say.",
            "‘Kids want the sleeves their parents had in the ’70s,’ said shop owner Tobias"
            " Wren. ‘’Tis a strange thing, but I’m not complaining.’",
            "Wren said the shop’s busiest day was the Saturday before Christmas.",
        ),
        (
            ("Kids want the sleeves their parents had in the ’70s", "speech"),
            ("’Tis a strange thing, but I’m not complaining", "speech"),
        ),
    ),
    Case(
        "nested",
        (
            "The inquiry heard from the ferry’s former captain on its third day.",
            "‘The owner told me, “Sail or don’t come back,” so I sailed,’ said Captain"
            " Hamish Orrin.",
            "Asked whether he had logged the order, he said: ‘I wrote “under protest” in"
            " the book, and the book went missing.’",
        ),
        (
            ("The owner told me, “Sail or don’t come back,” so I sailed", "speech"),
            ("I wrote “under protest” in the book, and the book went missing", "speech"),
        ),
    ),
    Case(
        "nested",
        (
            "A bakery owner in Fennick has been fined for a sign in her window.",
            "“The inspector said, ‘Take the sign down by Friday,’ and I refused,” said"
            " Greta Holloway.",
            "“I called it ‘the best bread in the county’ because it is,” she said.",
        ),
        (
            ("The inspector said, ‘Take the sign down by Friday,’ and I refused", "speech"),
            ("I called it ‘the best bread in the county’ because it is", "speech"),
        ),
    ),
    Case(
        "over",
        (
            "Ivo Marchetti has farmed the same hillside above Dunmere for forty years.",
            "‘When I started, the frost came in October and left in April,’ he said.",
            "‘Now it comes in December, if it comes at all. The apples don’t know when to sleep.",
            "‘I’ve planted a walnut. My grandson will know if that was clever.’",
            "The county’s advisers have suggested he try apricots.",
        ),
        (
            ("When I started, the frost came in October and left in April", "speech"),
            (
                "Now it comes in December, if it comes at all. The apples don’t know when to sleep",
                "speech",
            ),
            ("I’ve planted a walnut. My grandson will know if that was clever", "speech"),
        ),
    ),
    Case(
        "over",
        (
            "The last lighthouse keeper on Skerrow, Agnes Dunmore, retired in 1991.",
            "“I kept the lamp lit through eleven winters,” she said. “Some nights the"
            " spray reached the gallery.",
            "“People ask if I was lonely. I had the radio and the gulls, and the gulls"
            " never argued.",
            "“I would go back tomorrow.”",
        ),
        (
            ("I kept the lamp lit through eleven winters", "speech"),
            ("Some nights the spray reached the gallery", "speech"),
            (
                "People ask if I was lonely. I had the radio and the gulls, and the gulls"
                " never argued",
                "speech",
            ),
            ("I would go back tomorrow", "speech"),
        ),
    ),
    Case(
        "titles",
        (
            "Marguerite Sallow’s first novel, “The Salt Orchard,” sold out in a week.",
            "She wrote it, she says, after watching “Low Tide Blues” on a ferry.",
            "“I never meant to be a writer,” Sallow said. “The book just wouldn’t stop.”",
        ),
        (
            ("The Salt Orchard", "title"),
            ("Low Tide Blues", "title"),
            ("I never meant to be a writer", "speech"),
            ("The book just wouldn’t stop", "speech"),
        ),
    ),
    Case(
        "titles",
        (
            "The Tarrow Players open their season with ‘Winter Lamps’, a play by local"
            " teacher Osian Brisk.",
            "Brisk, whose radio drama ‘A House on Keel Street’ won a prize last year, said"
            " the play was about his grandmother.",
            "‘She ran a lamp shop for fifty years and never owned a lamp,’ he said.",
        ),
        (
            ("Winter Lamps", "title"),
            ("A House on Keel Street", "title"),
            ("She ran a lamp shop for fifty years and never owned a lamp", "speech"),
        ),
    ),
    Case(
        "scare",
        (
            "The council’s new ‘quiet zone’ around the hospital comes into force on Monday.",
            "Drivers who sound their horns face a fine under what officials call a"
            " ‘light touch’ approach.",
            "‘We want people to notice the signs, not the fines,’ said council officer"
            " Bryony Kell.",
        ),
        (
            ("quiet zone", "scare"),
            ("light touch", "scare"),
            ("We want people to notice the signs, not the fines", "speech"),
        ),
    ),
    Case(
        "scare",
        (
            "Landlords in Westerby have been charging a “welcome fee” to new tenants,"
            " a survey has found.",
            "The fee, sometimes listed as “admin,” ran to several hundred pounds.",
            "“It is rent by another name,” said Lorna Quayle of the tenants’ union.",
        ),
        (
            ("welcome fee", "scare"),
            ("admin", "scare"),
            ("It is rent by another name", "speech"),
        ),
    ),
    Case(
        "short",
        (
            "Asked whether the mine would reopen, the minister paused.",
            "‘No,’ she said.",
            "Pressed again, she shook her head. ‘Never,’ she said. ‘Not while I’m here.’",
        ),
        (
            ("No", "speech"),
            ("Never", "speech"),
            ("Not while I’m here", "speech"),
        ),
    ),
    Case(
        "short",
        (
            "The goalkeeper was asked how he felt after saving three penalties.",
            "“Tired,” he said.",
            "His coach, Bertil Amundsen, was asked the same. “Lucky,” Amundsen said.",
        ),
        (
            ("Tired", "speech"),
            ("Lucky", "speech"),
        ),
    ),
    Case(
        "guillemets",
        (
            "The mayor of Saint-Auvers, Clémence Rivolet, opened the new market hall on Saturday.",
            "« This hall belongs to the farmers, not to the town », she said.",
            "A cheesemaker, Armand Tissot, was less sure. «We will see who pays the"
            " rent», he said.",
        ),
        (
            ("This hall belongs to the farmers, not to the town", "speech"),
            ("We will see who pays the rent", "speech"),
        ),
    ),
    Case(
        "guillemets",
        (
            "Fishermen in Port-Esquin blocked the harbour for a second day.",
            "«The quotas were written by people who have never seen a boat», said"
            " Yannick Le Goff, who leads the protest.",
            "The prefect called the blockade «illegal» and asked for talks.",
        ),
        (
            ("The quotas were written by people who have never seen a boat", "speech"),
            ("illegal", "speech"),
        ),
    ),
    Case(
        "low",
        (
            "The brewery in Oberfeld will close after two hundred years, its owner said.",
            "„We tried everything, and the numbers still did not add up“, said Jonas Wendrich.",
            "His workers were told on Friday. „Nobody saw it coming“, said brewer Lena Hartl.",
        ),
        (
            ("We tried everything, and the numbers still did not add up", "speech"),
            ("Nobody saw it coming", "speech"),
        ),
    ),
    Case(
        "low",
        (
            "The ski lift at Kamienna Góra will run again this winter.",
            "„We fixed the cable and the cabins”, said operator Tomasz Wielgus.",
            "„I will believe it when I ride it”, said a local guide, Marta Zielny.",
        ),
        (
            ("We fixed the cable and the cabins", "speech"),
            ("I will believe it when I ride it", "speech"),
        ),
    ),
    Case(
        "reversed",
        (
            "The river ferry at Alstedt carried its last passengers on Sunday.",
            "»I have crossed this river twenty thousand times«, said ferryman Kurt Bohlander.",
            "The town has promised a bridge. »Promises float better than ferries«, he said.",
        ),
        (
            ("I have crossed this river twenty thousand times", "speech"),
            ("Promises float better than ferries", "speech"),
        ),
    ),
    Case(
        "reversed",
        (
            "A library in Wendholm has lent the same atlas to the same reader since 1974.",
            "»It is the only book he ever wants«, said librarian Ute Brandhorst.",
            "The reader, Alois Kremm, is ninety. »The world keeps changing«, he said.",
        ),
        (
            ("It is the only book he ever wants", "speech"),
            ("The world keeps changing", "speech"),
        ),
    ),
    Case(
        "straight",
        (
            "The Marlow Rowing Club's boathouse flooded for the third time this year.",
            "'We've bailed it out twice, we're not doing it a third time,' said captain"
            " Fen Ashdown.",
            "The club's treasurer, Quentin Hale, said the insurers had stopped answering."
            " 'They don't call back,' he said.",
        ),
        (
            ("We've bailed it out twice, we're not doing it a third time", "speech"),
            ("They don't call back", "speech"),
        ),
    ),
    Case(
        "straight",
        (
            "The night bus from Harlow Cross to the city is being cut to once an hour.",
            '"It\'s the only way nurses get home," said Imogen Stabb, a ward sister.'
            " \"An hour's wait at 3 a.m. isn't a timetable.\"",
            "The operator's manager said the route lost money every night.",
        ),
        (
            ("It's the only way nurses get home", "speech"),
            ("An hour's wait at 3 a.m. isn't a timetable", "speech"),
        ),
    ),
    Case(
        "dash",
        (
            "The night before the harvest, the village hall was full.",
            "— We start at five, and nobody leaves before the last row, said the foreman,"
            " Radu Ilescu.",
            "— And if it rains? asked a picker at the back.",
            "— Then we get wet, he said.",
        ),
        (
            ("We start at five, and nobody leaves before the last row", "speech"),
            ("And if it rains?", "speech"),
            ("Then we get wet", "speech"),
        ),
    ),
    Case(
        "dash",
        (
            "The bridge at Vadu Mare has been closed since the spring floods.",
            "– The engineers say a month, said the mayor, Sorin Matei.",
            "– They said a month in June, answered a shopkeeper.",
        ),
        (
            ("The engineers say a month", "speech"),
            ("They said a month in June", "speech"),
        ),
    ),
    Case(
        "mixed",
        (
            "The director of ‘Harbour Lights’ says her film was nearly never made.",
            "“We lost our money twice,” said Celeste Amory. “The second time I sold my car.”",
            "Amory calls the film’s budget ‘modest’. Critics at the festival called it a triumph.",
        ),
        (
            ("Harbour Lights", "title"),
            ("We lost our money twice", "speech"),
            ("The second time I sold my car", "speech"),
            ("modest", "speech"),
        ),
    ),
    Case(
        "mixed",
        (
            "Tenants of the Orchard Court flats say the new ‘smart’ locks keep them out.",
            "“I waited two hours in the rain for my own door,” said Wilf Carraway.",
            "The landlord’s app, ‘DoorWise’, sends a code by text. “When it works,”"
            " Carraway added.",
        ),
        (
            ("smart", "scare"),
            ("I waited two hours in the rain for my own door", "speech"),
            ("DoorWise", "title"),
            ("When it works", "speech"),
        ),
    ),
)
