"""Administrators see, create and revoke everyone's API tokens in the admin: the roles'
permissions (accounts.roles, the one place they are decided), synced once the tokens exist."""
from django.db import migrations

from accounts.roles import sync_role_groups_in_migration


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("accounts", "0002_administrators_clear_lockouts"),
    ]

    operations = [migrations.RunPython(sync_role_groups_in_migration, migrations.RunPython.noop)]
