"""reader: read a news article and its reader comments in the terminal."""

from reader.pattern_preload import preload

__version__ = "0.1.0"

preload(__spec__.cached)  # the package's patterns, as the last run compiled them (speed)
