"""Run today's chase of late replies now, if no worker or timer has run it today (for a
systemd timer in production; README, "Production")."""
from django.core.management.base import BaseCommand

from surveys.followup import schedule


class Command(BaseCommand):
    help = "Run today's chase of late replies, unless it has run today."

    def handle(self, *args, **options):
        run = schedule.chase()
        if run is None:
            self.stdout.write("Today's chase has run already; nothing done.")
        else:
            self.stdout.write(f"Missions due a reminder: {run.due}; next actions overdue: "
                              f"{run.overdue}; digests emailed: {run.digests}; reminders "
                              f"queued: {run.queued}. {run.outcome}".strip())
