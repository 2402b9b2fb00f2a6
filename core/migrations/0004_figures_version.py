"""The data version the shared figures were computed at (core.figures): the row that every
app server reads with the data version, to tell current figures from those being updated."""
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("core", "0003_cache_table")]

    operations = [
        migrations.AddField("dataversion", "figures_version", models.BigIntegerField(null=True)),
        migrations.AddField("dataversion", "figures_computed_at",
                            models.DateTimeField(null=True)),
    ]
