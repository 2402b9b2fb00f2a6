"""What core keeps: the version of the data that cached pages were computed from, and the
files workers make for users (downloads)."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DataVersion(models.Model):
    """A counter that every write to a tracked table moves on (core.dataversion).

    One row (id 1). Database triggers, not signals, move it, so that loaddata, imports,
    bulk operations, raw SQL and migrations move it too.
    """

    value = models.BigIntegerField()
    # The data version the figures in the shared cache were last computed at, and when
    # (core.figures): while it is behind ``value``, a worker is computing them again.
    figures_version = models.BigIntegerField(null=True)
    figures_computed_at = models.DateTimeField(null=True)

    class Meta:
        default_permissions = ()

    def __str__(self):
        return str(self.value)


class Download(models.Model):
    """A file a worker makes for a signed-in user, when making it inside the request would
    keep the page waiting: an export of more rows than ``EXPORT_IN_REQUEST_ROWS``, the notes
    verbales of a long batch (core.downloads). It holds the response of its address as that
    user would have had it, in their language; only they can fetch it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being made")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    path = models.CharField(_("address"), max_length=2000)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE,
                                     related_name="downloads", verbose_name=_("requested by"))
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.QUEUED)
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    content_type = models.CharField(_("content type"), max_length=200, blank=True)
    content = models.BinaryField(_("content"), null=True, blank=True)
    error = models.CharField(_("error"), max_length=1000, blank=True)

    class Meta:
        ordering = ["-created_at"]
        default_permissions = ()
        verbose_name = _("download")
        verbose_name_plural = _("downloads")

    def __str__(self):
        return self.filename or self.path
