"""Administrators see, create and revoke everyone's API tokens in the admin: the roles'
permissions (accounts.roles, the one place they are decided), synced once the tokens exist.
The sync now runs after every migrate (accounts.apps); this step is kept, empty, for the graph."""
from django.db import migrations



class Migration(migrations.Migration):
    dependencies = [
        ("api", "0001_initial"),
        ("accounts", "0002_administrators_clear_lockouts"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
