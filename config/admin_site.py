"""The admin's index grouped by what staff do, not by the apps the code is split into.

The groups name models as "app_label.model_name" (or "app_label.*" for a whole app), so this
module imports no feature app; models in no group keep their app's own section, after the
groups. An app's own index page (/admin/surveys/) lists that app, as Django does.
"""
from dataclasses import dataclass

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class AdminGroup:
    slug: str
    name: str
    help: str
    models: tuple[str, ...]

    def holds(self, app_label: str, model_name: str) -> bool:
        return f"{app_label}.{model_name}" in self.models or f"{app_label}.*" in self.models


ADMIN_GROUPS = (
    AdminGroup("replies", _("Replies"), _(
        "The daily work: record a Government's reply to a letter with its stance and coded "
        "views, and the policy views; import or export them as CSV or Excel."
    ), ("surveys.response", "surveys.policyview")),
    AdminGroup("governments", _("Governments and missions"), _(
        "The Member State seats the letters go to, through their Permanent Missions: names in "
        "English and French, ISO codes, membership dates, regions and groups."
    ), ("surveys.government",)),
    AdminGroup("reference", _("Reference data"), _(
        "What the reports rest on, from the report itself: resolutions, letters, reports with "
        "their cutoffs and published figures, and the codebook. Change them rarely, with care."
    ), ("surveys.resolution", "surveys.letter", "surveys.report", "surveys.publishedfigure",
        "surveys.topic", "surveys.code")),
    AdminGroup("organizations", _("Organizations"), _(
        "Sections III and IV of the report: organizations, their activities, lessons learned, "
        "instruments and the possible mechanisms."
    ), ("organizations.*",)),
)


class TrackerAdminSite(admin.AdminSite):
    site_header = _("Migration Policy Survey Tracker")
    site_title = _("Survey records")
    index_title = _("Records of the surveys and organizations")

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        if app_label is not None:
            return apps
        groups = {group.slug: {"name": group.name, "app_label": group.slug, "app_url": "",
                               "help": group.help, "has_module_perms": True, "models": []}
                  for group in ADMIN_GROUPS}
        others = []
        for app in apps:
            rest = []
            for model in app["models"]:
                group = next((g for g in ADMIN_GROUPS
                              if g.holds(app["app_label"], model["model"]._meta.model_name)), None)
                (groups[group.slug]["models"] if group else rest).append(model)
            if rest:
                others.append({**app, "models": rest})
        return [group for group in groups.values() if group["models"]] + others


class TrackerAdminConfig(AdminConfig):
    default_site = "config.admin_site.TrackerAdminSite"
