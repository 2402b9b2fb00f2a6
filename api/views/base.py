"""What every list of the API shares with the table pages (core.views.TablePage).

The page's FilterSet decides which rows, ``annotate_rows`` adds the counted columns, and the
page's Table sorts them (the view's ``filter_backends``, in that order); ``?fields=`` chooses
the fields and every response says whether it rests on illustrative records.
"""
from django.contrib.auth.decorators import login_not_required
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from rest_framework import mixins, views, viewsets
from rest_framework.exceptions import NotFound, ValidationError

from api.backends import AnnotatedRows, FilterSetBackend, TableOrderingFilter
from core.validators import is_single_line

# The addresses of records looked up by text: anything else is not an address (and never
# reaches the database; PostgreSQL refuses some characters, such as NUL, outright).
ISO3 = "[A-Za-z0-9]+"
SLUG = "[-A-Za-z0-9_]+"


def refuse_control_characters(query_params) -> None:
    """A 400 in JSON, naming each parameter, when a query parameter's name or value holds a
    line break, a NUL or another control character (core.validators): no filter, sort or
    page of the API takes one, and PostgreSQL cannot even compare a NUL."""
    errors = {}
    for name, values in query_params.lists():
        if not all(is_single_line(text) for text in (name, *values)):
            errors[name] = [_("This parameter holds a line break or another control "
                              "character (such as NUL), which no parameter of the API takes.")]
    if errors:
        raise ValidationError(errors)


class APIView:
    """A view of the API: DRF authenticates it (401 for anonymous), not the sign-in page.
    Once the caller is signed in, a query parameter that holds a control character is a 400
    in JSON, before any filter reads it: the API answers its own errors, so the site's
    middleware (core.middleware.RejectNulBytesMiddleware) leaves /api/ to this.

    DRF 3.15 and later mark their views login_not_required already; this says it whatever
    the version.
    """

    @classmethod
    def as_view(cls, *args, **kwargs):
        return login_not_required(super().as_view(*args, **kwargs))

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        refuse_control_characters(request.query_params)


class NotFoundView(APIView, views.APIView):
    """Any other address under /api/: a 404 in JSON, as every answer of the API."""

    schema = None  # not an endpoint

    def get(self, request, *args, **kwargs):
        raise NotFound()


class ListViewSet(APIView, mixins.ListModelMixin, viewsets.GenericViewSet):
    """A list, filtered and sorted as its page; ``RecordViewSet`` adds each record's address.

    A list of rows that have no address of their own (the follow-up list: a Government's
    row belongs to a letter and a day) is a ``ListViewSet``.
    """

    filter_backends = (FilterSetBackend, AnnotatedRows, TableOrderingFilter)
    filterset_class = None
    table_class = None  # the page's Table: its sortable columns are the `ordering` choices
    fields_param = "fields"

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.chosen_fields = self.fields_asked(request)

    def fields_asked(self, request) -> frozenset[str]:
        """The fields ``?fields=`` chooses (none: all of them); an unknown one is a 400."""
        if self.action not in ("list", "retrieve"):
            return frozenset()
        asked = request.query_params.get(self.fields_param, "")
        names = frozenset(name.strip() for name in asked.split(",") if name.strip())
        unknown = names - set(self.get_serializer_class().field_names())
        if unknown:
            raise ValidationError({self.fields_param: [
                _("Unknown fields: %(names)s.") % {"names": ", ".join(sorted(unknown))}
            ]})
        return names

    def get_serializer_context(self):
        return {**super().get_serializer_context(),
                "fields": getattr(self, "chosen_fields", frozenset())}

    @cached_property
    def filterset(self):
        """The list's FilterSet bound to the request's query string, once a request: it
        chooses the rows (``FilterSetBackend``) and the view reads what it chose."""
        if self.filterset_class is None:
            return None
        return self.filterset_class(self.request.query_params, request=self.request)

    def annotate_rows(self, rows):
        """The filtered rows with the columns the records show; the default adds none."""
        return rows

    def is_illustrative(self, record) -> bool:
        return bool(getattr(record, "is_illustrative", False))

    def rests_on_illustrative(self, records) -> bool:
        """Whether these results, or the choice of them, rest on illustrative records."""
        return any(self.is_illustrative(record) for record in records)

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        data = self.get_serializer(page, many=True).data
        return self.paginator.get_paginated_response(
            data, is_illustrative=self.rests_on_illustrative(page)
        )


class RecordViewSet(mixins.RetrieveModelMixin, ListViewSet):
    """A list and its records, each at its address (which takes the list's filters too)."""
