"""Pages of results, with the flag that says whether they rest on illustrative records."""
from django.utils.translation import gettext_lazy as _
from rest_framework import pagination
from rest_framework.response import Response

PAGE_SIZE = 50
MAX_PAGE_SIZE = 500

ILLUSTRATIVE_DESCRIPTION = _(
    "True when any of these results, or the choice of them, rests on illustrative records "
    "(made-up responses or policy views that reproduce the published counts)."
)


class PageNumberPagination(pagination.PageNumberPagination):
    """``?page=2&page_size=200``: 50 results a page unless asked, at most 500."""

    page_size = PAGE_SIZE
    page_size_query_param = "page_size"
    page_size_query_description = _(
        "Results a page: 50 unless given; at most 500 (a larger number gives 500)."
    )
    max_page_size = MAX_PAGE_SIZE

    def get_paginated_response(self, data, is_illustrative: bool = False):
        return Response({
            "count": self.page.paginator.count,
            "next": self.get_next_link(),
            "previous": self.get_previous_link(),
            "is_illustrative": is_illustrative,
            "results": data,
        })

    def get_paginated_response_schema(self, schema):
        envelope = super().get_paginated_response_schema(schema)
        properties = envelope["properties"]
        properties["count"]["description"] = str(_("How many results match, on every page."))
        properties["next"]["description"] = str(_("The next page, or null on the last."))
        properties["previous"]["description"] = str(_("The previous page, or null on the first."))
        properties["results"]["description"] = str(_("The results of this page."))
        envelope["properties"] = {
            **{k: v for k, v in properties.items() if k != "results"},
            "is_illustrative": {"type": "boolean", "description": str(ILLUSTRATIVE_DESCRIPTION)},
            "results": properties["results"],
        }
        envelope["required"] = ["count", "next", "previous", "is_illustrative", "results"]
        return envelope
