"""The inventory of sections I, III and IV of A/56/167: organizations, their activities and
lessons, the international instruments and the possible mechanisms.

Every record cites the paragraph of the report it is taken from.
"""
from organizations.models.activities import (
    Activity,
    Kind,
    Participation,
    Qualifier,
    Role,
    format_span,
)
from organizations.models.instruments import Instrument, InstrumentStatus, Mechanism, Relevance
from organizations.models.lessons import Lesson, Theme
from organizations.models.organizations import Group, Organization
from organizations.models.report_sections import Consideration, Finding, FindingKind

__all__ = [
    "Activity", "Consideration", "Finding", "FindingKind", "Group", "Instrument",
    "InstrumentStatus", "Kind", "Lesson", "Mechanism",
    "Organization", "Participation", "Qualifier", "Relevance", "Role", "Theme", "format_span",
]
