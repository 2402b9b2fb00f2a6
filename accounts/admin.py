"""Users and groups, managed by Administrators; staff status follows the role, and an
Administrator resets another user's two-factor sign-in."""
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import staff_role_names
from accounts.twofactor import devices

User = get_user_model()


class RoleUserAdmin(UserAdmin):
    """Django's user admin, except that being an Editor or Administrator opens the admin.

    An Administrator adds a colleague to a group; ticking "staff status" by hand as well
    is easy to forget, and a Viewer given staff status by mistake would see the admin.
    """

    readonly_fields = ("is_staff",)
    actions = ["reset_second_factor"]

    # Superuser status, and the superusers' accounts, are for superusers only: an
    # Administrator who is not one can neither grant it (even to themself) nor change or
    # delete a superuser's account.
    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not request.user.is_superuser:
            fields = (*fields, "is_superuser", "user_permissions")
        return fields

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        user = form.instance
        is_staff = user.is_superuser or user.groups.filter(name__in=staff_role_names()).exists()
        if user.is_staff != is_staff:
            user.is_staff = is_staff
            user.save(update_fields=["is_staff"])

    @admin.action(description=gettext_lazy("Reset two-factor sign-in (lost phone)"),
                  permissions=["change"])
    def reset_second_factor(self, request, queryset):
        """Removes the selected users' authenticator apps and recovery codes: each sets up
        two-factor sign-in again at the next sign-in. Never the Administrator's own (another
        Administrator resets it, so that a stolen session cannot replace its owner's phone),
        and superusers' only by a superuser. Each reset is an entry of the user's history."""
        if queryset.filter(pk=request.user.pk).exists():
            self.message_user(request, _("Your own two-factor sign-in cannot be reset here: ask "
                                         "another Administrator."), messages.ERROR)
        others = queryset.exclude(pk=request.user.pk)
        if not request.user.is_superuser:
            others = others.filter(is_superuser=False)
        reset = 0
        for user in others:
            devices.reset(user)
            self.log_change(request, user, _("Reset two-factor sign-in."))
            reset += 1
        if reset:
            self.message_user(request, ngettext(
                "Two-factor sign-in reset for %(count)d user, who sets it up again at the next "
                "sign-in.",
                "Two-factor sign-in reset for %(count)d users, who set it up again at their next "
                "sign-in.", reset) % {"count": reset}, messages.SUCCESS)


admin.site.unregister(User)
admin.site.register(User, RoleUserAdmin)

# The devices are reset from the user's page only: django-otp's own pages would show each
# key's QR code to whoever may open them.
admin.site.unregister(TOTPDevice)
admin.site.unregister(StaticDevice)
