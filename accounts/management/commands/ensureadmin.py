"""Create the first administrator account, once, with a random password shown once; or, with
--reset, give an administrator a new random password and reset their two-factor sign-in (the
only way back in when the password or the phone is lost and no other Administrator can reset
it).

The password is printed, never taken from the command line (which other users of the
machine can read in the process list)."""
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.roles import ADMINISTRATORS
from accounts.twofactor import devices


class Command(BaseCommand):
    help = (
        "Create an administrator (superuser, in Administrators) with a random password "
        "if none exists; otherwise do nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin", help="Name of the new account.")
        parser.add_argument(
            "--reset", action="store_true",
            help="Give the administrator (--username, or the only one) a new random password "
                 "and reset their two-factor sign-in.",
        )
        parser.add_argument("--url", default="http://127.0.0.1:8000/",
                            help="The app's address, printed with the password.")

    @transaction.atomic
    def handle(self, *args, username, reset, url, **options):
        users = get_user_model().objects
        administrators = users.filter(Q(is_superuser=True) | Q(groups__name=ADMINISTRATORS))
        existing = administrators.distinct().order_by("pk")
        if reset:
            self.reset(existing, username, url)
            return
        if existing.exists():
            name = existing.first().get_username()
            self.box(url, name, None, _(
                "An administrator exists; its password was shown when it was made. Lost it? "
                "Run: .venv/bin/python manage.py ensureadmin --reset"))
            return
        password = secrets.token_urlsafe(18)
        user = users.create_superuser(username=username, email="", password=password)
        group, _created = Group.objects.get_or_create(name=ADMINISTRATORS)
        user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(
            _("Created the administrator account “%(name)s”.") % {"name": username}))
        self.box(url, username, password,
                 _("Its password, shown only this once: %(password)s") % {"password": password})

    def reset(self, administrators, username, url):
        named = administrators.filter(username=username).first()
        user = named or (administrators.first() if administrators.count() == 1 else None)
        if user is None:
            raise CommandError(_(
                "No administrator is named “%(name)s”; name one with --username "
                "(administrators: %(names)s).") % {
                "name": username, "names": ", ".join(a.get_username() for a in administrators)})
        password = secrets.token_urlsafe(18)
        user.set_password(password)
        user.save(update_fields=["password"])
        devices.reset(user)
        self.stdout.write(self.style.SUCCESS(
            _("New password set for “%(name)s”.") % {"name": user.get_username()}))
        self.box(url, user.get_username(), password,
                 _("Its new password: %(password)s") % {"password": password})
        self.stdout.write(_("Their two-factor sign-in is reset too: they set it up again at "
                            "their next sign-in."))

    def box(self, url, username, password, line):
        lines = [_("Sign in at %(url)s") % {"url": url},
                 _("Username: %(name)s") % {"name": username}, line]
        if password:
            lines.append(_("Change it after signing in, under “Change password”."))
        lines += [_("The tracker's pages open first; the admin is behind “Admin” in the header."),
                  _("Help: %(url)s/help/ (what each page is for, who can do what).") % {
                      "url": url.rstrip("/")}]
        width = max(len(text) for text in lines)
        self.stdout.write("┌" + "─" * (width + 2) + "┐")
        for text in lines:
            self.stdout.write(f"│ {text.ljust(width)} │")
        self.stdout.write("└" + "─" * (width + 2) + "┘")
