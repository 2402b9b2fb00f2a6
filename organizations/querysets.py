"""Chainable many-row filters and annotations for the inventory records."""
from __future__ import annotations

from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, ExtractYear


class OrganizationQuerySet(models.QuerySet):
    def in_inventory(self) -> OrganizationQuerySet:
        """The entries of section III in the report's order (bodies and partners left out)."""
        return self.filter(inventory_order__isnull=False).order_by("inventory_order")

    def with_counts(self) -> OrganizationQuerySet:
        """Annotate ``activity_count`` (led), ``joint_count`` (taken part in), ``lesson_count``."""
        return self.annotate(
            activity_count=Count("activities", distinct=True),
            joint_count=Count("participations", distinct=True),
            lesson_count=Count("lessons", distinct=True),
        )


class ActivityQuerySet(models.QuerySet):
    def with_organizations(self) -> ActivityQuerySet:
        """The lead organization and every participation, in a fixed number of queries."""
        from organizations.models import Participation

        return self.select_related("organization").prefetch_related(
            Prefetch("participations", Participation.objects.select_related("organization"))
        )

    def chronological(self) -> ActivityQuerySet:
        """Date order; an activity known only by its end sorts at its end; undated ones last."""
        return self.annotate(sort_date=Coalesce("start", "end")).order_by(
            F("sort_date").asc(nulls_last=True), "paragraph", "pk"
        )

    def in_year(self, year: int) -> ActivityQuerySet:
        """Activities under way at some time in ``year``: single dates, spans, 'since', 'by'."""
        from organizations.models import Qualifier

        return self.annotate(
            start_year=ExtractYear("start"), end_year=ExtractYear("end")
        ).filter(
            Q(start_year=year)
            | Q(start_year__lt=year, end_year__gte=year)
            | Q(qualifier=Qualifier.SINCE, start_year__lte=year)
            | Q(start__isnull=True, end_year=year)
        )

    def _taking_part(self, condition: Q) -> Exists:
        from organizations.models import Participation

        return Exists(Participation.objects.filter(condition, activity=OuterRef("pk")))

    def of_group(self, group: str) -> ActivityQuerySet:
        """Led by, or taken part in by, an organization of the group."""
        return self.filter(
            Q(organization__group=group) | self._taking_part(Q(organization__group=group))
        )

    def involving(self, organization) -> ActivityQuerySet:
        """Led by the organization or one of its bodies, or taken part in by it."""
        return self.filter(
            Q(organization=organization)
            | Q(organization__parent=organization)
            | self._taking_part(Q(organization=organization))
        )

    def search(self, text: str) -> ActivityQuerySet:
        """Words in the title, description, place or the name of an organization taking part."""
        names = (Q(organization__name__icontains=text) | Q(organization__name_fr__icontains=text)
                 | Q(organization__acronym__icontains=text))
        return self.filter(
            Q(title__icontains=text)
            | Q(description__icontains=text)
            | Q(place__icontains=text)
            | names
            | self._taking_part(names)
        )


class InstrumentQuerySet(models.QuerySet):
    def with_latest_status(self) -> InstrumentQuerySet:
        """Annotate the latest stated status and ``parties_missing`` before entry into force."""
        from organizations.models import InstrumentStatus

        latest = InstrumentStatus.objects.filter(instrument=OuterRef("pk")).order_by("-as_of")
        fields = ("as_of", "signatories", "parties", "in_force", "open_for_signature")
        return self.annotate(
            **{f"latest_{name}": Subquery(latest.values(name)[:1]) for name in fields}
        ).annotate(
            parties_missing=F("parties_required") - F("latest_parties")
        ).prefetch_related("statuses")
