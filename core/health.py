"""The health check and the error handler that tells an outage from a fault."""
import sys

from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.defaults import server_error

from core.middleware import is_outage, unavailable


@never_cache
@require_safe
@login_not_required
def healthz(request):
    """200 "ok" when the database answers, 503 otherwise; no detail, no sign-in."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means "not healthy", said without detail
        return HttpResponse("unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def handle_server_error(request):
    """handler500: a database outage anywhere (middleware included) is a 503, not a 500."""
    error = sys.exc_info()[1]
    if error is not None and is_outage(error):
        return unavailable()
    return server_error(request)


@never_cache
@require_safe
def signed_in(request):
    """200 "ok" to a signed-in user, after the whole middleware stack (session, user, CSP,
    request log) and no other query: the floor the benchmark compares every page with."""
    return HttpResponse("ok\n", content_type="text/plain")
