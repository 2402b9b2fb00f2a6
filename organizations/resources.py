"""CSV/XLSX import and export for the admin: organizations and activities, by name."""
import re

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from import_export import fields, widgets

from core.resources import AllOrNothingResource
from organizations.models import Activity, Organization, Participation, Role


class ParticipationsWidget(widgets.ManyToManyWidget):
    """'UNFPA name (co_sponsor); IOM name (partner)': the other organizations and their role."""

    pattern = re.compile(r"^(?P<name>.+?)\s*\((?P<role>[a-z_]+)\)$")

    def __init__(self):
        super().__init__(Organization, separator=";", field="name")

    def clean(self, value, row=None, **kwargs):
        pairs = []
        for item in filter(None, (part.strip() for part in str(value or "").split(";"))):
            match = self.pattern.match(item)
            if not match or match["role"] not in Role.values:
                raise ValueError(
                    _("“%(item)s” should read “Organization name (role)”, with a role among "
                      "%(roles)s.")
                    % {"item": item, "roles": ", ".join(Role.values)}
                )
            try:
                organization = Organization.objects.get(name=match["name"])
            except Organization.DoesNotExist:
                raise ValueError(
                    _("No organization is named “%(name)s”.") % {"name": match["name"]}
                ) from None
            pairs.append((organization, match["role"]))
        return pairs

    def render(self, value, obj=None, **kwargs):
        if value is None or value.instance.pk is None:  # a new row, before it is saved
            return ""
        return "; ".join(f"{p.organization.name} ({p.role})" for p in value.all())


class ParticipationsField(fields.Field):
    """Replaces an activity's participations with the ones the row lists."""

    def save(self, instance, row, is_m2m=False, **kwargs):
        pairs = self.clean(row, **kwargs)
        instance.participations.all().delete()
        for organization, role in pairs:
            Participation.objects.create(activity=instance, organization=organization, role=role)


class OrganizationResource(AllOrNothingResource):
    parent = fields.Field(
        attribute="parent", column_name="parent",
        widget=widgets.ForeignKeyWidget(Organization, "name"),
    )
    column_headers = {
        "name": pgettext_lazy("import column", "name"),
        "name_fr": pgettext_lazy("import column", "name_fr"),  # the French name, once added
        "acronym": pgettext_lazy("import column", "acronym"),
        "slug": pgettext_lazy("import column", "slug"),
        "group": pgettext_lazy("import column", "group"),
        "parent": pgettext_lazy("import column", "parent"),
        "inventory_order": pgettext_lazy("import column", "inventory_order"),
        "order": pgettext_lazy("import column", "order"),
        "established_year": pgettext_lazy("import column", "established_year"),
        "established_wording": pgettext_lazy("import column", "established_wording"),
        "member_states": pgettext_lazy("import column", "member_states"),
        "observers": pgettext_lazy("import column", "observers"),
        "experts": pgettext_lazy("import column", "experts"),
        "membership_wording": pgettext_lazy("import column", "membership_wording"),
        "headquarters": pgettext_lazy("import column", "headquarters"),
        "description": pgettext_lazy("import column", "description"),
        "paragraph": pgettext_lazy("import column", "paragraph"),
        "version": pgettext_lazy("import column", "version"),
    }

    class Meta:
        model = Organization
        import_id_fields = ("name",)
        exclude = ("id",)
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = False


class ActivityResource(AllOrNothingResource):
    organization = fields.Field(
        attribute="organization", column_name="organization",
        widget=widgets.ForeignKeyWidget(Organization, "name"),
    )
    participations = ParticipationsField(
        attribute="participations", column_name="participations", widget=ParticipationsWidget()
    )
    column_headers = {
        "id": pgettext_lazy("import column", "id"),
        "organization": pgettext_lazy("import column", "organization"),
        "participations": pgettext_lazy("import column", "participations"),
        "kind": pgettext_lazy("import column", "kind"),
        "title": pgettext_lazy("import column", "title"),
        "start": pgettext_lazy("import column", "start"),
        "start_precision": pgettext_lazy("import column", "start_precision"),
        "end": pgettext_lazy("import column", "end"),
        "end_precision": pgettext_lazy("import column", "end_precision"),
        "qualifier": pgettext_lazy("import column", "qualifier"),
        "place": pgettext_lazy("import column", "place"),
        "description": pgettext_lazy("import column", "description"),
        "paragraph": pgettext_lazy("import column", "paragraph"),
        "version": pgettext_lazy("import column", "version"),
    }

    class Meta:
        model = Activity
        fields = (
            "id", "organization", "participations", "kind", "title", "start", "start_precision",
            "end", "end_precision", "qualifier", "place", "description", "paragraph", "version",
        )
        clean_model_instances = True  # the dates are checked as in the admin

    def get_queryset(self):
        return super().get_queryset().select_related("organization").prefetch_related(
            "participations__organization"
        )
