"""The table page every app uses (filters, a sorted and paginated table, CSV and XLSX exports),
the header's search and the help page."""
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin
from django_tables2.export import ExportMixin

from core import downloads, exports, search
from core.columns import hidden_columns
from core.dataversion import fragment_context
from core.models import Download


def whole_number(asked: str | None, default: int, most: int) -> int:
    """The number an address asks for (``?per_page=``, ``?page=``), from 1 to ``most``;
    ``default`` when it asks for none or for something that is not a whole number."""
    try:
        return min(max(int(asked), 1), most)
    except (TypeError, ValueError):
        return default


class TablePage(ExportMixin, SingleTableMixin, FilterView):
    """A filtered, sorted, paginated table with CSV and XLSX exports of all its rows.

    The FilterSet decides which rows; ``annotate_rows`` adds the columns the table shows, so
    that the page, its export and its caption's row count read the same rows.
    The table's caption is the page's title unless the Table class declares a ``caption``.
    With ``cache_rendered_table``, the filters and the drawn table are kept in the shared
    cache under the data version, the language and ``rendered_table_varies_on()``
    (table_page.html): a repeat reader of the same rows pays for their count, not for drawing
    them again. Only for a table drawn from records the data version tracks
    (settings.DATA_VERSION_APPS).
    ``illustrative_field`` names a field (or annotation) above nought on rows that rest on
    illustrative records; the page then says so. The columns shown are the user's choice
    (its "Columns" control, read through core.columns) or the table's ``hidden_by_default``.
    """

    template_name = "table_page.html"
    export_formats = ("csv", "xlsx")
    table_pagination = {"per_page": 25}
    max_per_page = 100
    export_name = "rows"
    title = ""
    intro = ""
    illustrative_field = ""
    cache_rendered_table = False

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
        chosen = whole_number(asked, self.table_pagination["per_page"], self.max_per_page)
        if str(chosen) != asked:
            messages.warning(self.request, _(
                "Rows per page must be a whole number from 1 to %(most)s; showing %(n)s."
            ) % {"most": self.max_per_page, "n": chosen})
            self.request.GET = self.request.GET.copy()
            self.request.GET["per_page"] = str(chosen)

    def table_key(self) -> str:
        """The name a user's choice of columns is kept under: the Table class's."""
        return self.table_class.__name__

    def hidden_column_names(self) -> tuple[str, ...]:
        """The columns the page leaves out: the user's choice, else the table's defaults;
        none in an export, which holds every column."""
        if self.request.GET.get(self.export_trigger_param):
            return ()
        if not hasattr(self, "_hidden_columns"):  # one query a page, however often asked
            chosen = hidden_columns(self.request.user, self.table_key())
            hidden = self.table_class.hidden_by_default if chosen is None else chosen
            # A table sorted by a hidden column shows it: the order is then visible (and a
            # column left out of the table could not order it).
            sorted_by = {name.strip().lstrip("-") for value in self.request.GET.getlist("sort")
                         for name in value.split(",")}
            self._hidden_columns = tuple(
                name for name in hidden
                if name not in self.table_class.always_shown and name not in sorted_by
            )
        return self._hidden_columns

    def get_table_kwargs(self):
        kwargs = super().get_table_kwargs()
        kwargs["exclude"] = (*kwargs.get("exclude", ()), *self.hidden_column_names())
        return kwargs

    def column_choices(self) -> list[tuple[str, str, bool]]:
        """(name, header, shown) of each column the "Columns" control offers."""
        hidden = set(self.hidden_column_names())
        every = self.table_class([]).columns
        return [(column.name, str(column.header), column.name not in hidden)
                for column in every if column.name not in self.table_class.always_shown]

    def active_filter_count(self) -> int:
        return sum(1 for name in self.filterset.form.fields if self.request.GET.get(name))

    def get_table(self, **kwargs):
        self.checked_per_page()
        table = super().get_table(**kwargs)
        # render_table passes the table alone to its template; a table that declares its own
        # caption keeps it, any other is captioned with the page's title.
        if not getattr(table, "caption", ""):
            table.caption = self.get_title()
        return table

    def exporting(self) -> str | None:
        """The export format asked for (``?_export=csv``), or None for the page."""
        chosen = self.request.GET.get(self.export_trigger_param)
        return chosen if self.export_class.is_valid_format(chosen) else None

    def get_table_pagination(self, table):
        # An export holds every filtered row: no page is counted or cut.
        return False if self.exporting() else super().get_table_pagination(table)

    def create_export(self, export_format):
        """CSV streamed row by row, XLSX written in openpyxl's write-only mode: the rows are
        read from the database in chunks (``iterator``), never all held at once. More rows
        than ``EXPORT_IN_REQUEST_ROWS`` are exported by a worker (core.downloads)."""
        if (not downloads.in_worker(self.request)
                and self.object_list.count() > settings.EXPORT_IN_REQUEST_ROWS):
            return downloads.in_background(self.request)
        table = self.get_table(**self.get_table_kwargs())
        rows = table.as_values(exclude_columns=self.exclude_columns)
        filename = self.get_export_filename(export_format)
        if export_format == "csv":
            response = StreamingHttpResponse(exports.csv_lines(rows),
                                             content_type="text/csv; charset=utf-8")
        elif export_format == "xlsx":
            response = HttpResponse(exports.xlsx_bytes(rows, title=str(self.get_title())),
                                    content_type=exports.XLSX_TYPE)
        else:
            return super().create_export(export_format)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def rendered_table_varies_on(self, table) -> str:
        """What the rendered table depends on besides the data version and the language: the
        address (filters, sorting, page and page size, which its links repeat), the columns
        left out, and what the reader may do in its cells (the Table's
        ``cell_permissions``)."""
        user = self.request.user
        allowed = [user.has_perm(name) for name in table.cell_permissions]
        return repr((self.request.path, sorted(self.request.GET.lists()),
                     sorted(table.exclude or ()), user.is_staff, allowed))

    def get_context_data(self, **kwargs):
        if self.exporting():  # the export draws no page: nothing of it is counted
            return kwargs
        context = super().get_context_data(
            title=self.get_title(), intro=self.intro, export_formats=self.export_formats,
            is_illustrative=self.rows_are_illustrative(), table_key=self.table_key(),
            column_choices=self.column_choices(), active_filters=self.active_filter_count(),
            **kwargs,
        )
        if self.cache_rendered_table:
            context.update(fragment_context(),
                           table_varies_on=self.rendered_table_varies_on(context["table"]))
        return context


class SearchView(TemplateView):
    """The header's search: every registered kind of record, its matches grouped by kind."""

    template_name = "search.html"

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:search.MAX_QUERY_LENGTH]
        results = search.search(query, self.request.user)
        return super().get_context_data(query=query, results=results, **kwargs)


class HelpView(TemplateView):
    """What each page is for, where the data come from, who can do what."""

    template_name = "help.html"


class PagedList(ListView):
    """A list page that shows a page of its records, with the same page sizes as the tables
    (``TablePage``: 25 a page by default, ``?per_page=`` up to 100), so that its HTML does
    not grow with the data. The template includes ``includes/page_links.html``."""

    paginate_by = TablePage.table_pagination["per_page"]
    max_per_page = TablePage.max_per_page

    def get_paginate_by(self, queryset):
        return whole_number(self.request.GET.get("per_page"), self.paginate_by,
                            self.max_per_page)

    def paginate_queryset(self, queryset, page_size):
        """A page number past the end or not a number shows the nearest page, not a 404."""
        paginator = self.get_paginator(queryset, page_size,
                                       allow_empty_first_page=self.get_allow_empty())
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context.get("page_obj")
        context["elided_pages"] = (
            list(page.paginator.get_elided_page_range(page.number)) if page else [])
        return context


def own_download(request, pk: int) -> Download:
    """A download of the signed-in user's: anyone else's is not found."""
    return get_object_or_404(Download.objects.defer("content"), pk=pk,
                             requested_by=request.user)


class DownloadView(LoginRequiredMixin, TemplateView):
    """The page of a file a worker is making: its status, followed without a reload
    (static/js/download-status.js), and the file once it is ready."""

    template_name = "download.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(download=own_download(self.request, kwargs["pk"]),
                                        **kwargs)


def download_status(request, pk: int):
    if not request.user.is_authenticated:
        return JsonResponse({"detail": "sign in"}, status=403)
    download = own_download(request, pk)
    return JsonResponse({"status": download.status})


def download_file(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    download = own_download(request, pk)
    if download.status != Download.Status.DONE:
        raise Http404("not ready")
    content = Download.objects.values_list("content", flat=True).get(pk=download.pk)
    response = HttpResponse(bytes(content), content_type=download.content_type)
    response["Content-Disposition"] = f'attachment; filename="{download.filename}"'
    return response
