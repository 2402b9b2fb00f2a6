"""Core's work outside the request, run by the workers (``manage.py run_worker``)."""
from django_tasks import task

from core import downloads


@task()
def make_download(download_id: int) -> str:
    """Make a queued download (core.downloads.make)."""
    return downloads.make(download_id)
