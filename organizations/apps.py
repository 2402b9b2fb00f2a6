from urllib.parse import urlencode

from django.apps import AppConfig
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class OrganizationsConfig(AppConfig):
    name = "organizations"
    verbose_name = _("Organizations and instruments")

    def ready(self):
        from core import search
        from core.i18n import reader_order
        from organizations.models import Activity, Instrument, Lesson, Organization

        search.register(_("Organizations"), Organization.objects.order_by(reader_order()),
                        ("name", "name_fr", "acronym"), describe=lambda org: org.label)
        search.register(
            _("Activities"), Activity.objects.select_related("organization").order_by("title"),
            ("title", "description", "place"),
            url=lambda activity: reverse("organizations:activity_list") + "?"
            + urlencode({"q": activity.title}),
            describe=lambda activity: f"{activity.title} ({activity.organization})",
        )
        search.register(
            _("Lessons"), Lesson.objects.select_related("organization").order_by("paragraph"),
            ("text",), url=lambda lesson: lesson.organization.get_absolute_url(),
            describe=lambda lesson: f"{lesson.organization}: {lesson.text[:120]}",
        )
        search.register(
            _("Instruments"), Instrument.objects.order_by("title"), ("title", "short_title"),
            url=lambda instrument: reverse("organizations:instrument_list")
            + f"#instrument-{instrument.pk}",
            describe=lambda instrument: instrument.title,
        )
