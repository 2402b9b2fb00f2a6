"""Administrators see and clear sign-in lockouts: the roles' permissions, synced again.
The sync now runs after every migrate (accounts.apps); this step is kept, empty, for the graph."""
from django.db import migrations



class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_roles"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
