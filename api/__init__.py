"""The read-only REST API under /api/: the pages' records, filters and figures, as JSON."""
