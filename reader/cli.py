"""Console entry point (filled in by the CLI commit)."""
