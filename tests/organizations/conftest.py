"""Builders for the inventory tests; the reference fixture itself is loaded by tests/conftest.py."""
import datetime

import pytest

from organizations.models import Activity, Kind, Lesson, Organization, Participation, Theme


@pytest.fixture
def build_rows(db):
    """Add ``n`` organizations, each leading an activity with two partners and drawing a lesson:
    the rows that must not add queries to a list page."""

    def build(n: int, *, title: str = "Extra activity"):
        partners = list(Organization.objects.order_by("pk")[:2])
        for i in range(n):
            organization = Organization.objects.create(
                name=f"Extra organization {i}", slug=f"extra-{i}", group="E", paragraph=53,
                inventory_order=1000 + i,
            )
            activity = Activity.objects.create(
                organization=organization, kind=Kind.MEETING, title=f"{title} {i}",
                start=datetime.date(2000, 10, 16), end=datetime.date(2000, 10, 18),
                place="Geneva", paragraph=53,
            )
            for partner in partners:
                Participation.objects.create(activity=activity, organization=partner)
            Lesson.objects.create(
                organization=organization, text=f"Lesson {i}", theme=Theme.POLICY, paragraph=53
            )

    return build
