"""What reader reads into a parsed document: ``quotes`` (quotes and their speakers in an
article) and ``threads`` (who replies to whom among the comments). The two share nothing."""
