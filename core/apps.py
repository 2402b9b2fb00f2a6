from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _install_data_version_triggers(sender, using="default", **kwargs):
    from core.dataversion import install_triggers

    install_triggers(using)


class CoreConfig(AppConfig):
    """What every app of the project shares: the tracked admin, all-or-nothing imports,
    dates, tables, filters, the table page and the data version of cached pages."""

    name = "core"

    def ready(self):
        # Once after each migrate (and flush): sender is this app only, not every app.
        post_migrate.connect(_install_data_version_triggers, sender=self,
                             dispatch_uid="core.data_version_triggers")
