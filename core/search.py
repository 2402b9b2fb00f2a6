"""The header's search: one registry of what can be found, filled by each app.

Feature apps never import each other, so core keeps the list and each app registers its own
searchable records in its ``AppConfig.ready()`` (as NetBox's search registry does):

    search.register(_("Governments"), Government.objects.all(), ("name", "name_fr", "iso3"))

A search matches each kind's fields case-insensitively (``icontains``); a kind shows only to
users who may view its model, with its first ``limit`` matches and how many there are.
"""
from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet

MAX_QUERY_LENGTH = 100


@dataclass(frozen=True)
class SearchKind:
    """One kind of record the search finds: its heading, records, fields and address."""

    label: str
    queryset: QuerySet
    fields: tuple[str, ...]
    url: Callable[[object], str] = lambda record: record.get_absolute_url()
    describe: Callable[[object], str] = str

    @property
    def permission(self) -> str:
        meta = self.queryset.model._meta
        return f"{meta.app_label}.view_{meta.model_name}"

    def matching(self, query: str) -> QuerySet:
        terms = reduce(or_, (Q(**{f"{field}__icontains": query}) for field in self.fields))
        return self.queryset.all().filter(terms)


@dataclass(frozen=True)
class Hit:
    label: str
    url: str


@dataclass(frozen=True)
class KindResults:
    kind: SearchKind
    total: int
    hits: list[Hit]


registry: list[SearchKind] = []


def register(label, queryset, fields, **options) -> SearchKind:
    """Make a kind of record findable from the header (call it from AppConfig.ready)."""
    kind = SearchKind(label, queryset, tuple(fields), **options)
    registry.append(kind)
    return kind


def search(query: str, user, *, limit: int = 10) -> list[KindResults]:
    """Each kind the user may view that has matches: its total and its first ``limit`` hits.

    Two queries a kind (the count and the first rows), whatever the number of records."""
    query = query.strip()[:MAX_QUERY_LENGTH]
    if not query:
        return []
    results = []
    for kind in registry:
        if not user.has_perm(kind.permission):
            continue
        matches = kind.matching(query)
        total = matches.count()
        if total:
            hits = [Hit(kind.describe(r), kind.url(r)) for r in matches[:limit]]
            results.append(KindResults(kind, total, hits))
    return results
