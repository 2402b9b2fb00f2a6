from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from accounts.languages import remember_on_sign_in

        user_logged_in.connect(remember_on_sign_in, dispatch_uid="accounts_language")

        from accounts.twofactor.middleware import note_enrolment

        user_logged_in.connect(note_enrolment, dispatch_uid="accounts_two_factor")

        from django.db.models.signals import post_migrate

        from accounts.roles import sync_roles_after_migrate

        # Sent once an app (every app, in turn): the last sending sees every permission.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="accounts_roles")
