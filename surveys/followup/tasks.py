"""The follow-up's work outside the request, run by the workers (``manage.py run_worker``)
through Django's tasks framework (django-tasks, with its database backend)."""
from django_tasks import task

from surveys.followup import batches, schedule


@task(takes_context=True)
def send_reminder_email(context, email_id: int) -> str:
    """Send one message of an emailed batch (surveys.followup.batches.deliver)."""
    return batches.deliver(email_id, task_id=str(context.task_result.id))


@task()
def chase_late_replies(day: str = "") -> str:
    """Today's chase of late replies, once a day whoever runs it."""
    import datetime

    run = schedule.chase(datetime.date.fromisoformat(day) if day else None)
    return f"due {run.due}, overdue {run.overdue}, digests {run.digests}, queued {run.queued}" \
        if run else "already run"
