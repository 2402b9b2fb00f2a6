"""The filter backends of the API's lists: the page's FilterSet, the columns the page's
table shows, and the page's table's sort.

A list applies its view's ``filter_backends`` in order, as DRF's ``GenericAPIView`` does:
``FilterSetBackend`` chooses the rows by the page's own FilterSet (Governments, responses,
letters, activities) or the list's, ``AnnotatedRows`` adds the columns the view counts, and
``TableOrderingFilter`` sorts as the page's table (which may sort on those columns).
"""
from django.utils.translation import gettext_lazy as _
from django_filters import utils
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.filters import BaseFilterBackend


class FilterSetBackend(DjangoFilterBackend):
    """django-filter's backend, filtering by the view's FilterSet (``view.filterset``).

    The view binds its FilterSet to the request once and reads what it chose (the report
    the Governments' columns are counted by, ``GovernmentFilter.counting_report``), so the
    rows and the columns follow the same choice, validated once. The FilterSet filters the
    rows this backend is handed, whatever a backend before it did to them.
    """

    def get_filterset(self, request, queryset, view):
        if hasattr(view, "filterset"):
            return view.filterset
        return super().get_filterset(request, queryset, view)

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid() and self.raise_exception:
            raise utils.translate_validation(filterset.errors)
        return filterset.filter_queryset(queryset)


class AnnotatedRows(BaseFilterBackend):
    """The chosen rows with the columns the records show (``view.annotate_rows``), as on the
    pages: after the filters, which choose the report they are counted by, and before the
    sort, which may order by them."""

    def filter_queryset(self, request, queryset, view):
        return view.annotate_rows(queryset)


class TableOrderingFilter(BaseFilterBackend):
    """``?ordering=-letters_answered,name``: the sortable columns of the page's table.

    The table (``view.table_class``) orders the rows itself, as on the page (including its
    ``order_<column>`` methods); the primary key then breaks ties so that pages never
    overlap. Without ``ordering``, the table's own default order applies; a list without a
    table keeps the model's order.
    """

    ordering_param = "ordering"

    @staticmethod
    def sortable_columns(view) -> list[str]:
        table_class = getattr(view, "table_class", None)
        if table_class is None:
            return []
        orderable = table_class._meta.orderable
        return [
            name for name, column in table_class.base_columns.items()
            if column.visible and (column.orderable if column.orderable is not None else orderable)
        ]

    def filter_queryset(self, request, queryset, view):
        rows = queryset
        table_class = getattr(view, "table_class", None)
        if table_class is not None:
            valid = set(self.sortable_columns(view))
            asked = [
                term.strip()
                for term in request.query_params.get(self.ordering_param, "").split(",")
                if term.strip().lstrip("-") in valid
            ]
            rows = table_class(queryset, order_by=asked or None).data.data
        # The model's default order is dropped from aggregating queries: say it explicitly.
        ordering = rows.query.order_by or rows.model._meta.ordering
        return rows.order_by(*ordering, "pk")

    def get_schema_operation_parameters(self, view):
        columns = self.sortable_columns(view)
        if not columns:
            return []
        return [{
            "name": self.ordering_param,
            "required": False,
            "in": "query",
            "description": str(_(
                "Sort by these columns of the page's table, comma-separated; a leading "
                "minus sorts descending. Without it, the table's default order."
            )),
            "schema": {
                "type": "array",
                "items": {"type": "string",
                          "enum": [f"{sign}{name}" for name in columns for sign in ("", "-")]},
            },
            "style": "form",
            "explode": False,
        }]
