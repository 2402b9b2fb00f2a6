"""Import and export for every app's admin (django-import-export): all or nothing.

Every row is checked by the model's own rules before anything is written; one invalid
row and the whole file is rolled back, the error naming the row and the field.
"""
import datetime

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from import_export import resources, widgets

from core.exports import restore


class AllOrNothingResource(resources.ModelResource):
    """A resource whose import writes every row or none, and records who imported what.

    ``column_headers`` gives a column its header in the reader's language (lazy, by column
    name): an export writes it, an import reads it or the name, in any of the languages.
    """

    column_headers: dict = {}

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
