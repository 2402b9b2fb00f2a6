"""What the tracker remembers for each user: the columns each table shows them, and the
language of its pages."""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TableColumns(models.Model):
    """The columns a user has hidden in one table (named by its Table class); each user
    chooses their own, with the table's "Columns" control (core.views.TablePage)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE,
                             related_name="table_columns")
    table = models.CharField(_("table"), max_length=100)
    hidden = models.JSONField(_("hidden columns"), default=list)

    class Meta:
        verbose_name = _("columns of a table")
        verbose_name_plural = _("columns of tables")
        constraints = [
            models.UniqueConstraint(fields=["user", "table"], name="one_column_choice_per_table",
                                    violation_error_message=_("One choice of columns a table.")),
        ]

    def __str__(self):
        return f"{self.user}: {self.table}"


class LanguagePreference(models.Model):
    """The language a user chose with the header's switcher: it wins over the browser's
    Accept-Language on every page, until they choose another (accounts.middleware)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE,
                                related_name="language_preference")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)

    class Meta:
        verbose_name = _("language preference")
        verbose_name_plural = _("language preferences")

    def __str__(self):
        return f"{self.user}: {self.language}"
