"""The reader's widgets: each shows one part of the document and posts messages."""
