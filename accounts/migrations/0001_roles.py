"""Create the groups Viewers, Editors and Administrators with their permissions."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

from accounts.roles import sync_role_groups


def create_role_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so that
    # the groups can hold them on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_role_groups(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Viewers", "Editors", "Administrators"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("surveys", "0001_initial"),
        ("organizations", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
