"""The shared cache's table, when the cache is the database (settings.CACHES): created here so
that ``migrate`` sets up everything the pages need. Django's ``createcachetable`` does it; it
leaves a table that exists alone and does nothing for another backend (Redis)."""
from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_downloads")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
