"""Administrators see and clear sign-in lockouts: the roles' permissions, synced again."""
from django.db import migrations

from accounts.roles import sync_role_groups_in_migration


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(sync_role_groups_in_migration, migrations.RunPython.noop)]
