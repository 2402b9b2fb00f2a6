"""Create the first administrator account, once, with a random password shown once."""
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q

from accounts.roles import ADMINISTRATORS


class Command(BaseCommand):
    help = (
        "Create an administrator (superuser, in Administrators) with a random password "
        "if none exists; otherwise do nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="Name of the new account.")

    @transaction.atomic
    def handle(self, *args, username, **options):
        users = get_user_model().objects
        existing = users.filter(Q(is_superuser=True) | Q(groups__name=ADMINISTRATORS)).first()
        if existing is not None:
            name = existing.get_username()
            self.stdout.write(f"An administrator exists ({name}); nothing to do.")
            return
        password = secrets.token_urlsafe(18)
        user = users.create_superuser(username=username, email="", password=password)
        group, _ = Group.objects.get_or_create(name=ADMINISTRATORS)
        user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"Created the administrator account “{username}”."))
        self.stdout.write(f"Its password, shown only this once: {password}")
        self.stdout.write("Sign in at /admin/ and change it under “Change password”.")
