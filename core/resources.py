"""Import and export for every app's admin (django-import-export): all or nothing.

Every row is checked by the model's own rules before anything is written; one invalid
row and the whole file is rolled back, the error naming the row and the field.

No lost updates, by the admin's own rule (``core.versions``): an export gives each record's
version in its "version" column, and a row that would change a record saved since (by a
colleague, an earlier import, a revert) is refused, naming the row, the record, who changed
it and when; one such row and nothing is written. A file without that column (one written
by hand) is taken as its preview shows it: the preview is what the editor saw, each change
against the record as it then was, and the confirmation refuses a record saved after the
preview (the versions the preview saw are passed back as ``seen_versions``). In a file with
the column, a row without a version that matches an existing record is refused too: it
cannot tell whether it was written before or after that record's last change.
"""
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets
from import_export.results import Result

from core.exports import restore
from core.versions import (
    VERSION_ATTRIBUTE,
    changed_by,
    changed_since,
    current_record,
    version_of,
    with_versions,
)

VERSION = "version"


class VersionedResult(Result):
    """An import's result, with the version of each record as the import found it, by row
    number ('' for a new record): what the preview keeps for its confirmation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.versions_seen: dict[int, str] = {}


class AllOrNothingResource(resources.ModelResource):
    """A resource whose import writes every row or none, and records who imported what.

    ``column_headers`` gives a column its header in the reader's language (lazy, by column
    name): an export writes it, an import reads it or the name, in any of the languages.
    """

    column_headers: dict = {}
    # Exported, never written; every resource lists it last in its fields.
    version = fields.Field(attribute=VERSION_ATTRIBUTE, column_name=VERSION, readonly=True)

    @classmethod
    def get_result_class(cls):
        return VersionedResult

    def export(self, queryset=None, **kwargs):
        if queryset is None:
            queryset = self.get_queryset()
        if isinstance(queryset, QuerySet):
            queryset = with_versions(queryset)
        return super().export(queryset, **kwargs)

    def get_export_headers(self, selected_fields=None):
        return [str(self.column_headers.get(name, name))
                for name in super().get_export_headers(selected_fields)]

    def column_names(self, headers) -> list[str]:
        """The column names a file's headers stand for, whichever language they are in."""
        names = {}
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                names.update({str(header).casefold(): name
                              for name, header in self.column_headers.items()})
        return [names.get(str(header).strip().casefold(), header) for header in headers]

    def before_import(self, dataset, **kwargs):
        if dataset.headers:
            dataset.headers = self.column_names(dataset.headers)
        self._file_has_versions = VERSION in (dataset.headers or ())
        self._versions_seen, self._saved = {}, set()

    def after_init_instance(self, instance, new, row, **kwargs):
        super().after_init_instance(instance, new, row, **kwargs)
        number = kwargs.get("row_number")
        if new or instance.pk in self._saved:  # an earlier row of this file saved it
            self._versions_seen[number] = ""
            return
        seen, since = self._seen_version(number, row, kwargs.get("seen_versions"))
        if seen is None:  # no version to check: the preview is what the editor sees
            self._versions_seen[number] = version_of(instance)
            setattr(instance, VERSION_ATTRIBUTE, self._versions_seen[number])
            return
        latest = changed_since(current_record(instance), seen)
        if latest is not None:
            raise ValidationError(self._stale_message(instance, latest, seen, since),
                                  code="stale")
        self._versions_seen[number] = seen
        setattr(instance, VERSION_ATTRIBUTE, seen)  # the preview shows it, unchanged

    def _seen_version(self, number, row, seen_versions) -> tuple[str | None, str]:
        """The version the row's writer saw, and when: at the preview (the confirmation
        passes the preview's versions), in the file's column, or None."""
        if seen_versions is not None:
            return seen_versions.get(number, ""), "preview"
        if self._file_has_versions:
            return str(row.get(VERSION) or "").strip().removesuffix(".0"), "export"
        return None, ""

    @staticmethod
    def _stale_message(instance, latest, seen: str, since: str) -> str:
        """Why a row is refused; the preview's table and the confirmation give its number."""
        change = {"record": instance, **changed_by(latest)}
        if since == "preview":
            return _("“%(record)s” was changed by %(who)s on %(when)s, after the preview of "
                     "this import. Upload the file again and check its new preview.") % change
        if not seen:
            return _("This row gives no version, but “%(record)s” exists, last changed by "
                     "%(who)s on %(when)s: the file cannot tell whether the row was written "
                     "before or after that change. Copy the row from a new export, with its "
                     "version.") % change
        return _("“%(record)s” was changed by %(who)s on %(when)s, after this file was "
                 "exported. Export again and make your changes in the new file.") % change

    def after_save_instance(self, instance, row, **kwargs):
        self._saved.add(instance.pk)

    def after_import(self, dataset, result, **kwargs):
        super().after_import(dataset, result, **kwargs)
        result.versions_seen = self._versions_seen

    def import_data(self, dataset, dry_run=False, raise_errors=False, use_transactions=None,
                    collect_failed_rows=False, rollback_on_validation_errors=True, **kwargs):
        # The admin's confirm step does not ask for this; one invalid row must undo all.
        return super().import_data(
            dataset, dry_run, raise_errors, use_transactions, collect_failed_rows,
            True, **kwargs,
        )

    def before_import_row(self, row, **kwargs):
        # Take off the apostrophe an export put before text a spreadsheet would run.
        for key, value in list(row.items()):
            row[key] = restore(value)

    def get_instance(self, instance_loader, row):
        # A key column that cannot be read is reported against its field by import_instance.
        try:
            return super().get_instance(instance_loader, row)
        except ValueError:
            return None

    def before_save_instance(self, instance, row, **kwargs):
        instance._history_user = kwargs.get("user")
        instance._change_reason = _("Imported from %(file)s") % {
            "file": kwargs.get("file_name") or _("a file")
        }


class ChoiceWidget(widgets.Widget):
    """A choice by its stored value or its label, in any case."""

    def __init__(self, choices, **kwargs):
        self.choices = choices
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip().casefold()
        for choice in self.choices:
            if text in (choice.value.casefold(), str(choice.label).casefold()):
                return choice.value
        raise ValueError(_("“%(value)s” is not one of: %(choices)s.") % {
            "value": value or "", "choices": ", ".join(c.value for c in self.choices),
        })


class IsoDateWidget(widgets.DateWidget):
    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            raise ValueError(
                _("“%(value)s” is not a date; write it as YYYY-MM-DD, e.g. 1995-04-12.")
                % {"value": value}
            ) from None
