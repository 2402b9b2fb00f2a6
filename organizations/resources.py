"""CSV/XLSX import and export for the admin: organizations and activities, by name."""
import re

from django.utils.translation import gettext as _
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

    class Meta:
        model = Activity
        fields = (
            "id", "organization", "participations", "kind", "title", "start", "start_precision",
            "end", "end_precision", "qualifier", "place", "description", "paragraph",
        )
        clean_model_instances = True  # the dates are checked as in the admin

    def get_queryset(self):
        return super().get_queryset().select_related("organization").prefetch_related(
            "participations__organization"
        )
