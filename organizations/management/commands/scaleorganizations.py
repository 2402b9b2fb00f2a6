"""manage.py scaleorganizations --factor N --seed S: the inventory's part of ``scaledemo``.

Each copy k (1 to N - 1) repeats the organizations of sections III and IV under names that
say they are illustrative ("... (illustrative copy k)"), with their activities, the other
organizations taking part in them, and their lessons. Copies take no place in the printed
inventory's order (``inventory_order`` stays empty). The copies are the same for every
seed: the seed varies the surveys' part only.
"""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from core.scaling import ScaleCommand
from organizations.models import Activity, Lesson, Organization, Participation

MARK = "(illustrative copy"
REASON = "manage.py scaledemo: illustrative copy"


def copied(model, record, **changes):
    """A new, unsaved ``model`` with the fields of ``record`` but ``changes``."""
    fields = {f.attname: getattr(record, f.attname) for f in model._meta.concrete_fields
              if not f.primary_key}
    return model(**{**fields, **changes})


class Command(ScaleCommand):
    @property
    def help(self):  # read when --help runs, in its language (argparse takes no lazy text)
        return _(
            "The inventory's part of scaledemo: illustrative copies of organizations and more.")

    @transaction.atomic
    def grow(self, *, copies: range, seed: int) -> str:
        if Organization.objects.filter(name__contains=MARK).exists():
            return _("The inventory was grown already: nothing added.")
        organizations = list(Organization.objects.order_by("pk"))
        activities = list(Activity.objects.order_by("pk"))
        participations = list(Participation.objects.order_by("pk"))
        lessons = list(Lesson.objects.order_by("pk"))
        for k in copies:
            made = {o.pk: copied(
                Organization, o, name=f"{o.name} {MARK} {k})"[:200],
                slug=f"{o.slug}-copy-{k}"[:80], inventory_order=None, parent_id=None,
            ) for o in organizations}
            bulk_create_with_history(list(made.values()), Organization, batch_size=1000,
                                     default_change_reason=REASON)
            # Parents after the copies exist: each copy belongs to its parent's copy.
            for o in organizations:
                if o.parent_id:
                    made[o.pk].parent_id = made[o.parent_id].pk
            Organization.objects.bulk_update(
                [made[o.pk] for o in organizations if o.parent_id], ["parent"], batch_size=1000)
            new_activities = {a.pk: copied(
                Activity, a, organization_id=made[a.organization_id].pk,
                title=f"{a.title} {MARK} {k})"[:300],
            ) for a in activities}
            bulk_create_with_history(list(new_activities.values()), Activity, batch_size=1000,
                                     default_change_reason=REASON)
            taking_part = [copied(
                Participation, p, activity_id=new_activities[p.activity_id].pk,
                organization_id=made[p.organization_id].pk) for p in participations]
            bulk_create_with_history(taking_part, Participation, batch_size=1000,
                                     default_change_reason=REASON)
            bulk_create_with_history([copied(
                Lesson, lesson, organization_id=made[lesson.organization_id].pk)
                for lesson in lessons], Lesson, batch_size=1000, default_change_reason=REASON)
        n = len(copies)
        return _("Added %(copies)s illustrative copies of the inventory: %(organizations)s "
                 "organizations, %(activities)s activities, %(lessons)s lessons.") % {
            "copies": n, "organizations": n * len(organizations),
            "activities": n * len(activities), "lessons": n * len(lessons)}
