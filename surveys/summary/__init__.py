"""The summary of a report: its figures, their words, section II regenerated, and its pages."""
