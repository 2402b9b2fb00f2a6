"""Once created the groups Viewers, Editors and Administrators with their permissions.

The groups are now created and given their permissions after every migrate by a
post_migrate receiver (accounts.apps), so that no migration runs today's code; this step
is kept, empty, for the migration graph.
"""
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("surveys", "0001_initial"),
        ("organizations", "0001_initial"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
