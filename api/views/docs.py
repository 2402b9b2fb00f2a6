"""The OpenAPI schema (401 without a token or session, like every endpoint) and the
browsable documentation, Swagger UI from the drf-spectacular-sidecar package (no CDN).

The documentation page is a page: it asks anonymous visitors to sign in, and then reads the
schema with their session. Its start-up script is a file of its own (the split view), as
the Content-Security-Policy allows no inline script.
"""
from drf_spectacular import views
from rest_framework import routers

from api.views.base import APIView


class SchemaView(APIView, views.SpectacularAPIView):
    """The OpenAPI 3 description of every endpoint (YAML, or JSON with ``?format=json``)."""


class SwaggerView(views.SpectacularSwaggerSplitView):
    url_name = "api:schema"
    template_name = "api/swagger_ui.html"

    @classmethod
    def as_view(cls, **initkwargs):
        # DRF marks its views login_not_required; this one is a page, for the sign-in page.
        view = super().as_view(**initkwargs)
        view.login_required = True
        return view


class RootView(APIView, routers.APIRootView):
    """The lists of the API. Every list takes its page's filters, `ordering` (where the page
    has a table), `page`, `page_size` and `fields`; see /api/docs/."""
