"""reader: read a news article and its reader comments in the terminal."""

__version__ = "0.1.0"
