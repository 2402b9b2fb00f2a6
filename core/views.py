"""The table page every app uses: filters, a sorted and paginated table, CSV and XLSX exports."""
from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin
from django_tables2.export import ExportMixin


class TablePage(ExportMixin, SingleTableMixin, FilterView):
    """A filtered, sorted, paginated table with CSV and XLSX exports of all its rows.

    The FilterSet decides which rows; ``annotate_rows`` adds the columns the table shows, so
    that the page, its export and its caption's row count read the same rows.
    The table's caption is the page's title unless the Table class declares a ``caption``.
    ``illustrative_field`` names a field (or annotation) above nought on rows that rest on
    illustrative records; the page then says so.
    """

    template_name = "table_page.html"
    export_formats = ("csv", "xlsx")
    table_pagination = {"per_page": 25}
    max_per_page = 100
    export_name = "rows"
    title = ""
    intro = ""
    illustrative_field = ""

    def annotate_rows(self, rows):
        """The filtered rows with the columns the table shows; the default adds none."""
        return rows

    def get_table_data(self):
        return self.annotate_rows(self.object_list)

    def get_export_filename(self, export_format):
        return f"{self.export_name}-{timezone.localdate().isoformat()}.{export_format}"

    def rows_are_illustrative(self) -> bool:
        if not self.illustrative_field:
            return False
        return self.get_table_data().filter(**{f"{self.illustrative_field}__gt": 0}).exists()

    def get_title(self) -> str:
        return self.title

    def checked_per_page(self) -> None:
        """A ``per_page`` the table cannot show (not a number, below 1, above the most a
        page holds) is replaced by the nearest it can, with a message that says so."""
        asked = self.request.GET.get("per_page")
        if asked is None:
            return
        default = self.table_pagination["per_page"]
        try:
            chosen = min(max(int(asked), 1), self.max_per_page)
        except (TypeError, ValueError):
            chosen = default
        if str(chosen) != asked:
            messages.warning(self.request, _(
                "Rows per page must be a whole number from 1 to %(most)s; showing %(n)s."
            ) % {"most": self.max_per_page, "n": chosen})
            self.request.GET = self.request.GET.copy()
            self.request.GET["per_page"] = str(chosen)

    def get_table(self, **kwargs):
        self.checked_per_page()
        table = super().get_table(**kwargs)
        # render_table passes the table alone to its template; a table that declares its own
        # caption keeps it, any other is captioned with the page's title.
        if not getattr(table, "caption", ""):
            table.caption = self.get_title()
        return table

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            title=self.get_title(), intro=self.intro, export_formats=self.export_formats,
            is_illustrative=self.rows_are_illustrative(), **kwargs,
        )
