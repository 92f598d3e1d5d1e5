"""The terminal reading app (Textual). Everything that imports Textual lives here."""
