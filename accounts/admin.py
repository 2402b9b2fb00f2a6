"""Users and groups, managed by Administrators; staff status follows the role."""
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from accounts.roles import staff_role_names

User = get_user_model()


class RoleUserAdmin(UserAdmin):
    """Django's user admin, except that being an Editor or Administrator opens the admin.

    An Administrator adds a colleague to a group; ticking "staff status" by hand as well
    is easy to forget, and a Viewer given staff status by mistake would see the admin.
    """

    readonly_fields = ("is_staff",)

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


admin.site.unregister(User)
admin.site.register(User, RoleUserAdmin)
