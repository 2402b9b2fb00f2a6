"""A stored, unique address for each report (A/56/167 is A-56-167), filled from its symbol.

The column is added without an index and made unique afterwards: on PostgreSQL, turning a
SlugField's db_index into unique would create its "_like" index a second time.
"""
from django.db import migrations, models

HELP = ("The symbol as it appears in addresses (A-56-167); filled in from the symbol when "
        "left empty.")


def fill_slugs(apps, schema_editor):
    for model in ("Report", "HistoricalReport"):
        Model = apps.get_model("surveys", model)
        for row in Model.objects.all():
            row.slug = row.symbol.strip().replace("/", "-")
            row.save(update_fields=["slug"])


class Migration(migrations.Migration):

    dependencies = [
        ("surveys", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="report", name="slug",
            field=models.SlugField(blank=True, db_index=False, max_length=20, null=True,
                                   verbose_name="address"),
        ),
        migrations.AddField(
            model_name="historicalreport", name="slug",
            field=models.SlugField(blank=True, db_index=False, max_length=20, null=True,
                                   verbose_name="address"),
        ),
        migrations.RunPython(fill_slugs, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="report", name="slug",
            field=models.SlugField(blank=True, help_text=HELP, max_length=20, unique=True,
                                   verbose_name="address"),
        ),
        migrations.AlterField(
            model_name="historicalreport", name="slug",
            field=models.SlugField(blank=True, db_index=True, help_text=HELP, max_length=20,
                                   verbose_name="address"),
        ),
    ]
