"""The three roles and what each may do.

Viewers read the pages; Editors add, change and delete the survey and organization
records in the admin, log contacts with the missions and send reminders (adding a follow-up
contact) in their own name, but only read the reminder templates; Administrators also edit
those templates, record a contact in another officer's name, manage users and groups,
everyone's API tokens,
and see and clear sign-in lockouts (django-axes: deleting an access attempt unlocks its
username and address). Staff status (the right to open the admin) follows the role: see
``staff_role_names``.
"""
from django.db.models import Q

VIEWERS = "Viewers"
EDITORS = "Editors"
ADMINISTRATORS = "Administrators"

RECORD_APPS = ("surveys", "organizations")
ACCOUNT_MODELS = ("user", "group")
LOCKOUT_MODELS = ("accessattempt", "accessfailurelog", "accesslog")
# Records every Editor reads but only Administrators change: the wording of the reminders.
ADMINISTERED_RECORDS = ("remindertemplate",)
# A right on the records only Administrators hold: naming another officer on a follow-up
# contact (surveys.FollowUp's Meta.permissions declares it); anyone else's are their own.
RECORD_FOR_ANOTHER_OFFICER = "record_for_another_officer"
ADMINISTERED_PERMISSIONS = (RECORD_FOR_ANOTHER_OFFICER,)


def may_record_for_another_officer(user) -> bool:
    """Whether ``user`` may name another officer on a contact (Administrators); anyone else
    records contacts in their own name."""
    return user.has_perm(f"surveys.{RECORD_FOR_ANOTHER_OFFICER}")


def staff_role_names() -> tuple[str, ...]:
    """The roles that work in the admin; Viewers read the pages only."""
    return (EDITORS, ADMINISTRATORS)


def role_of(user) -> str:
    """The user's role: Administrators for a superuser, else the highest of their groups'
    roles, Viewers when they are in none (one query, of the user's groups)."""
    if user.is_superuser:
        return ADMINISTRATORS
    names = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
    return next((role for role in (ADMINISTRATORS, EDITORS) if role in names), VIEWERS)


def role_permission_filters() -> dict[str, Q]:
    """For each role, the Permission rows it holds, as a filter on auth.Permission.

    Historical models (the audit trail) are left out: their history is read through the
    record's own permissions, and nobody edits the trail directly.
    """
    records = Q(content_type__app_label__in=RECORD_APPS) & ~Q(
        content_type__model__startswith="historical"
    )
    accounts = Q(content_type__app_label="auth", content_type__model__in=ACCOUNT_MODELS)
    lockouts = Q(content_type__app_label="axes", content_type__model__in=LOCKOUT_MODELS) & (
        Q(codename__startswith="view_") | Q(codename__startswith="delete_")
    )
    tokens = Q(content_type__app_label="api", content_type__model="token")
    administered = Q(content_type__app_label="surveys") & (
        Q(content_type__model__in=ADMINISTERED_RECORDS)
        | Q(codename__in=ADMINISTERED_PERMISSIONS))
    return {
        VIEWERS: records & Q(codename__startswith="view_"),
        EDITORS: records & ~(administered & ~Q(codename__startswith="view_")),
        ADMINISTRATORS: records | accounts | lockouts | tokens,
    }


def sync_role_groups(group_model, permission_model) -> None:
    """Create the three groups if needed and give each exactly its role's permissions."""
    for name, permissions in role_permission_filters().items():
        group, _ = group_model.objects.get_or_create(name=name)
        group.permissions.set(permission_model.objects.filter(permissions))


def sync_roles_after_migrate(sender, **kwargs) -> None:
    """post_migrate receiver (accounts.apps): after every migrate, once Django has created
    the permissions of each app, the groups hold exactly their roles' permissions. A new
    model needs no migration of its own for its permissions to reach the roles."""
    from django.contrib.auth.models import Group, Permission

    sync_role_groups(Group, Permission)
