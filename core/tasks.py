"""Core's work outside the request, run by the workers (``manage.py run_worker``)."""
from django_tasks import task

from core import downloads


@task()
def make_download(download_id: int) -> str:
    """Make a queued download (core.downloads.make)."""
    return downloads.make(download_id)


@task()
def refresh_figures(version: int) -> str:
    """Compute the figures of a data version in the background (core.figures.refresh)."""
    from core import figures

    return figures.refresh(version)
