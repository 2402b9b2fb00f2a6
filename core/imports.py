"""The admin's imports, hardened: size and row limits checked while the file is read
(``core.uploads``), the expected columns named, uploads kept in the shared cache for an hour
under a random key, a confirmation that writes all or nothing, refuses a record changed
since the preview (``core.resources``) and says exactly what it wrote, and a second click on
"Confirm" that does nothing.

Every admin with imports derives from ``CheckedImportExportMixin``.
"""
import re

from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from import_export.forms import ImportForm, SelectableFieldsExportForm
from import_export.results import RowResult
from import_export.tmp_storages import CacheStorage

from core.uploads import IMPORT_MAX_BYTES, UploadRefused

UPLOAD_KEY = re.compile(r"^[0-9a-f]{32}$")


class UploadStorage(CacheStorage):
    """An upload between its preview and its confirmation: in the cache every app server
    shares, under a random key, for an hour; removed once confirmed."""

    CACHE_LIFETIME = 3600
    CACHE_PREFIX = "tracker-import-"

    def read(self):
        if not UPLOAD_KEY.match(self.name or ""):
            return None  # not a key this app made: nothing else can be read through it
        return super().read()

    def save_plan(self, plan: dict) -> None:
        """What the preview said each row would do (``types``: new, update, skip) and the
        version of each record it showed (``versions``, by row number)."""
        cache.set(f"{self.CACHE_PREFIX}{self.name}-plan", plan, self.CACHE_LIFETIME)

    def claim_plan(self) -> dict | None:
        key = f"{self.CACHE_PREFIX}{self.name}-plan"
        plan = cache.get(key)
        cache.delete(key)
        return plan

    def claim(self):
        """The upload's data, removed from the cache in the same step; None when another
        confirmation (a double click) has claimed it already or it has expired."""
        data = self.read()
        if data is None or not cache.delete(self.CACHE_PREFIX + self.name):
            return None
        return data


class CheckedImportForm(ImportForm):
    """Refuses, before any row is imported, a file too large, with too many rows (counted as
    it is read), or without the columns the import needs, naming what it expected."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.formats, self.resources = formats, resources

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("import_file")
        if upload is None or self.errors:
            return cleaned_data
        if upload.size > IMPORT_MAX_BYTES:
            self.add_error("import_file", _(
                "The file is %(size).1f MB; an import takes at most %(most)s MB. Split it "
                "into smaller files.") % {"size": upload.size / 1024 / 1024,
                                          "most": IMPORT_MAX_BYTES // 1024 // 1024})
            return cleaned_data
        dataset = self._dataset(upload, cleaned_data)
        if dataset is not None:
            self._check_columns(dataset, cleaned_data)
        return cleaned_data

    def _dataset(self, upload, cleaned_data):
        input_format = self.formats[int(cleaned_data.get("format") or 0)]()
        data = b"".join(upload.chunks())
        upload.seek(0)
        try:
            if not input_format.is_binary():
                data = data.decode("utf-8-sig")
            return input_format.create_dataset(data)
        except UploadRefused as refused:
            self.add_error("import_file", str(refused))
            return None
        except Exception:  # noqa: BLE001 - any unreadable file gets the same plain message
            self.add_error("import_file", _(
                "This file cannot be read as %(format)s. Choose the format it is in, or save "
                "it again as CSV (UTF-8) or XLSX.") % {"format": input_format.get_title()})
            return None

    def _check_columns(self, dataset, cleaned_data):
        resource = self.resources[int(cleaned_data.get("resource") or 0)]()
        needed = [name for name in resource.get_import_id_fields()]
        known = [field.column_name for field in resource.get_import_fields()]
        headers = [str(h).strip() for h in resource.column_names(dataset.headers or [])]
        missing = [name for name in needed if name not in headers]
        unknown = [name for name in headers if name and name not in known]
        if missing or unknown:
            self.add_error("import_file", _(
                "The file's first row must name its columns. It needs %(needed)s, and may "
                "have %(known)s. Missing: %(missing)s. Not known: %(unknown)s.") % {
                "needed": ", ".join(needed), "known": ", ".join(known),
                "missing": ", ".join(missing) or _("none"),
                "unknown": ", ".join(unknown) or _("none")})


class HeadedExportForm(SelectableFieldsExportForm):
    """The export's columns to choose, named by their headers in the reader's language."""

    def _get_field_label(self, resource, field_name: str) -> str:
        header = str(getattr(resource, "column_headers", {}).get(field_name, field_name))
        if header == field_name:  # no other name in this language
            return super()._get_field_label(resource, field_name)
        return capfirst(header)


class CheckedImportExportMixin(ImportExportMixin):
    """ImportExportMixin with the checks above and an honest confirmation."""

    import_form_class = CheckedImportForm
    export_form_class = HeadedExportForm
    tmp_storage_class = UploadStorage

    def import_action(self, request, **kwargs):
        """The preview; it also keeps what it showed each row would do."""
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if "confirm_form" in context and "result" in context:
            storage = UploadStorage(name=context["confirm_form"].initial["import_file_name"])
            result = context["result"]
            storage.save_plan({"types": [row.import_type for row in result.rows],
                               "versions": result.versions_seen})
        return response

    def process_import(self, request, **kwargs):
        if not self.has_import_permission(request):
            return super().process_import(request, **kwargs)  # refuses, as the library does
        confirm_form = self.create_confirm_form(request)
        if not confirm_form.is_valid():
            return super().process_import(request, **kwargs)
        input_format = self.get_import_formats()[int(confirm_form.cleaned_data["format"])](
            encoding=self.from_encoding)
        storage = UploadStorage(name=confirm_form.cleaned_data["import_file_name"],
                                read_mode=input_format.get_read_mode())
        plan, data = storage.claim_plan(), storage.claim()
        if data is None or plan is None:
            messages.warning(request, _(
                "This import was confirmed already, or its preview is more than an hour old: "
                "nothing more was written. Upload the file again to import it."))
            return self._to_changelist()
        with transaction.atomic():
            result = self.process_dataset(input_format.create_dataset(data), confirm_form,
                                          request, seen_versions=plan["versions"], **kwargs)
            failed = result.has_errors() or result.has_validation_errors()
            moved = not failed and [row.import_type for row in result.rows] != plan["types"]
            if failed or moved:
                transaction.set_rollback(True)
        if failed:
            messages.error(request, self._nothing_written(result))
            return self._to_changelist()
        if moved:
            messages.error(request, _(
                "Nothing was imported: since the preview, other changes were saved to records "
                "this file would change, and the preview no longer says what it would do. "
                "Upload the file again and check its new preview."))
            return self._to_changelist()
        return self.process_result(result, request)

    def add_success_message(self, result, request):
        new, updated = (result.totals[RowResult.IMPORT_TYPE_NEW],
                        result.totals[RowResult.IMPORT_TYPE_UPDATE])
        messages.success(request, _("Imported and saved: %(new)s, %(updated)s.") % {
            "new": ngettext("%(n)s new record", "%(n)s new records", new) % {"n": new},
            "updated": ngettext("%(n)s changed", "%(n)s changed", updated) % {"n": updated},
        })

    def _nothing_written(self, result) -> str:
        rows = [_("Row %(detail)s.") % {"detail": f"{row.number}: {self._errors_of(row)}"}
                for row in result.invalid_rows[:5]]
        return _(
            "Nothing was imported: the records changed since the preview, and the file is no "
            "longer valid against them. Upload it again to see what to correct. %(rows)s"
        ) % {"rows": " ".join(rows)}

    @staticmethod
    def _errors_of(row) -> str:
        """A row's errors on one line: those of the whole row (a record changed since), then
        each field's."""
        errors = [*row.non_field_specific_errors,
                  *(f"{field}: {' '.join(words)}"
                    for field, words in row.field_specific_errors.items())]
        return "; ".join(errors).rstrip(".")

    def _to_changelist(self):
        opts = self.model._meta
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist",
                    current_app=self.admin_site.name))
