"""reader: read a news article and its reader comments in the terminal."""

from reader.pattern_preload import install

__version__ = "0.1.0"

install()  # each module's patterns, as the last run compiled them, before it runs (speed)
