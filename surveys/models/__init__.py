"""The survey records: Governments, the letters sent to them, their responses and the reports.

Paragraph numbers refer to the Secretary-General's report A/56/167 (3 July 2001).
"""
from surveys.models.correspondence import CorrespondenceName
from surveys.models.figures import Measure, PublishedFigure
from surveys.models.followup import (
    REMINDER_KINDS,
    ContactBatch,
    ContactKind,
    FollowUp,
    ReminderEmail,
    ReminderTemplate,
    ScheduledRun,
)
from surveys.models.governments import (
    DevelopmentGroup,
    Government,
    IntermediateRegion,
    Region,
    SubRegion,
    area_label,
)
from surveys.models.letters import Letter, Report, Resolution
from surveys.models.missions import Language, PermanentMission
from surveys.models.policies import Policy, PolicyFlow, PolicyView
from surveys.models.responses import Code, CodeOrigin, Response, SharesAmong, Stance, Topic

__all__ = [
    "REMINDER_KINDS", "Code", "CodeOrigin", "ContactBatch", "ContactKind", "CorrespondenceName",
    "DevelopmentGroup", "FollowUp", "Government", "IntermediateRegion", "Language", "Letter",
    "Measure", "PermanentMission", "Policy", "PolicyFlow", "PolicyView", "PublishedFigure",
    "Region", "ReminderEmail", "ReminderTemplate", "Report", "ScheduledRun", "Resolution",
    "Response", "SharesAmong", "Stance", "SubRegion", "Topic", "area_label",
]
