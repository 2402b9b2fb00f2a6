"""The one record core keeps: the version of the data that cached pages were computed from."""
from django.db import models


class DataVersion(models.Model):
    """A counter that every write to a tracked table moves on (core.dataversion).

    One row (id 1). Database triggers, not signals, move it, so that loaddata, imports,
    bulk operations, raw SQL and migrations move it too.
    """

    value = models.BigIntegerField()

    class Meta:
        default_permissions = ()

    def __str__(self):
        return str(self.value)
