"""The role groups, the first administrator account, and staff status following the role."""
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


def codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")}


def test_viewers_may_only_view_and_editors_may_not_manage_accounts():
    viewers, editors, administrators = (codenames(name) for name in
                                        ("Viewers", "Editors", "Administrators"))

    assert "surveys.view_response" in viewers and "organizations.view_activity" in viewers
    assert all(".view_" in name for name in viewers)
    assert {"surveys.add_response", "surveys.change_response",
            "organizations.delete_activity"} <= editors
    assert not any(name.startswith("auth.") or "historical" in name for name in editors)
    accounts = {f"auth.{action}_{model}" for action in ("add", "change", "delete", "view")
                for model in ("user", "group")}
    lockouts = {f"axes.{action}_{model}" for action in ("view", "delete")
                for model in ("accessattempt", "accessfailurelog", "accesslog")}
    tokens = {f"api.{action}_token" for action in ("add", "change", "delete", "view")}
    templates = {f"surveys.{action}_remindertemplate" for action in ("add", "change", "delete")}
    assert "surveys.add_followup" in editors and "surveys.view_remindertemplate" in editors
    assert templates.isdisjoint(editors)
    for_another_officer = {"surveys.record_for_another_officer"}
    assert for_another_officer.isdisjoint(editors)
    assert administrators == (editors | accounts | lockouts | tokens | templates
                              | for_another_officer)


def test_ensureadmin_reset_gives_a_new_password_shown_in_a_box(capsys):
    first = re.search(r"shown only this once: (\S+)", run_ensureadmin(capsys)).group(1)
    call_command("ensureadmin", "--reset")
    out = capsys.readouterr().out
    second = re.search(r"Its new password: (\S+)", out).group(1)
    admin = get_user_model().objects.get(username="admin")
    assert second != first and admin.check_password(second) and not admin.check_password(first)
    assert out.splitlines()[1].startswith("┌") and "Sign in at http://127.0.0.1:8000/" in out


def run_ensureadmin(capsys) -> str:
    call_command("ensureadmin")
    return capsys.readouterr().out


def test_ensureadmin_creates_one_administrator_with_a_random_password_once(capsys):
    first = run_ensureadmin(capsys)
    password = re.search(r"shown only this once: (\S+)", first).group(1)
    admin = get_user_model().objects.get(username="admin")
    assert admin.check_password(password) and admin.is_superuser and admin.is_staff
    assert admin.groups.filter(name="Administrators").exists()

    second = run_ensureadmin(capsys)

    assert "An administrator exists" in second and "Username: admin" in second
    assert "ensureadmin --reset" in second
    assert password not in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_each_new_administrator_account_gets_a_different_password(capsys):
    passwords = set()
    for _ in range(2):
        output = run_ensureadmin(capsys)
        passwords.add(re.search(r"shown only this once: (\S+)", output).group(1))
        get_user_model().objects.filter(username="admin").delete()
    assert len(passwords) == 2 and all(len(p) >= 20 for p in passwords)


def post_back(form, **changes) -> dict:
    """The data a browser would send for an unchanged admin form, with ``changes``."""
    data = {}
    for field in form:
        value = field.value()
        if hasattr(field.field.widget, "decompress"):
            for index, part in enumerate(field.field.widget.decompress(value)):
                data[f"{field.html_name}_{index}"] = "" if part is None else str(part)
        elif value not in (None, False):
            data[field.html_name] = "on" if value is True else value
    data.update(changes)
    return data


def test_staff_status_follows_the_role_an_administrator_gives(admin_client_signed,
                                                              django_user_model):
    colleague = django_user_model.objects.create_user(username="colleague")
    url = reverse("admin:auth_user_change", args=[colleague.pk])
    form = admin_client_signed.get(url).context["adminform"].form
    editors = Group.objects.get(name="Editors")

    admin_client_signed.post(url, post_back(form, groups=[editors.pk]))
    colleague.refresh_from_db()
    assert colleague.is_staff

    form = admin_client_signed.get(url).context["adminform"].form
    admin_client_signed.post(url, post_back(form, groups=[Group.objects.get(name="Viewers").pk]))
    colleague.refresh_from_db()
    assert not colleague.is_staff


def test_an_administrator_who_is_not_a_superuser_cannot_make_one(admin_client_signed,
                                                                  administrator):
    url = reverse("admin:auth_user_change", args=[administrator.pk])
    page = admin_client_signed.get(url)
    assert 'name="is_superuser"' not in page.content.decode()
    data = {"username": administrator.username, "is_superuser": "on", "is_active": "on",
            "groups": [g.pk for g in administrator.groups.all()],
            "date_joined_0": "2001-07-03", "date_joined_1": "00:00:00",
            "last_login_0": "", "last_login_1": ""}
    admin_client_signed.post(url, data)
    administrator.refresh_from_db()
    assert not administrator.is_superuser


def test_an_administrator_who_is_not_a_superuser_cannot_change_a_superuser(
        admin_client_signed, django_user_model):
    boss = django_user_model.objects.create_superuser(username="boss", password=None)
    url = reverse("admin:auth_user_change", args=[boss.pk])
    page = admin_client_signed.get(url)
    assert 'name="username"' not in page.content.decode()  # shown, not editable
    assert admin_client_signed.post(reverse("admin:auth_user_delete", args=[boss.pk]),
                                    {"post": "yes"}).status_code == 403
    assert django_user_model.objects.filter(username="boss").exists()


def test_the_first_run_box_leads_to_the_pages_and_the_help_not_the_admin(capsys):
    out = run_ensureadmin(capsys)
    assert re.search(r"│ Sign in at http://127\.0\.0\.1:8000/ +│", out)
    assert "/admin/" not in out
    assert "http://127.0.0.1:8000/help/" in out
