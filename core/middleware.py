"""Middleware every page goes through: request ids and the request log, private caching,
the Permissions-Policy, refusing NUL bytes, and a plain 503 while the database cannot be
reached."""
import logging
import re
import sqlite3
import time
import uuid

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

from core.logging import request_id, request_user

log = logging.getLogger("core.request")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
RETRY_AFTER_SECONDS = 30


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address
    the outermost trusted proxy saw (the last ones of X-Forwarded-For are the proxies')."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
                 if a.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


class RequestLogMiddleware:
    """Gives each request an id (the proxy's X-Request-ID when it sends a sane one), logs one
    line for it with its status and duration, and returns the id in X-Request-ID."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        request.id = given if REQUEST_ID.match(given) else uuid.uuid4().hex[:16]
        id_token, user_token = request_id.set(request.id), request_user.set("-")
        started = time.monotonic()
        try:
            response = self.get_response(request)
            user = getattr(request, "user", None)
            if user is not None and getattr(user, "is_authenticated", False):
                request_user.set(user.get_username())
            log.info("%s %s %s %dms", request.method, request.path, response.status_code,
                     (time.monotonic() - started) * 1000)
            response["X-Request-ID"] = request.id
            return response
        finally:
            request_id.reset(id_token)
            request_user.reset(user_token)


class PrivatePagesMiddleware:
    """Pages and downloads for a signed-in user are never stored by a browser or a proxy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if getattr(user, "is_authenticated", False) and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_store=True)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def unavailable() -> HttpResponse:
    """The plain 503 page, rendered without the database or the signed-in user."""
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


# The SQLSTATEs of a connection PostgreSQL refused or ended (its manual's Appendix A): class
# 08 (connection exception), 53300 (too many connections), 57P01-57P03 (shut down by an
# administrator or a crash, starting up). A statement's own fault has another state.
CONNECTION_STATES = ("08", "53300", "57P01", "57P02", "57P03")


def is_outage(error: BaseException) -> bool:
    """A lost or refused database connection, not a fault of a query: a missing table or a
    bad statement is an OperationalError on SQLite too, and must be a logged 500.

    PostgreSQL gives every error of a statement an SQLSTATE; libpq's own errors (connection
    refused, server closed the connection) have none. SQLite cannot be reached only when its
    file cannot be opened. A closed connection is an InterfaceError."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__  # the driver's error, which Django's wraps
    if isinstance(cause, sqlite3.Error):
        return getattr(cause, "sqlite_errorname", "") == "SQLITE_CANTOPEN"
    state = getattr(cause, "sqlstate", None)
    return state is None or state.startswith(CONNECTION_STATES)


class DatabaseUnavailableMiddleware:
    """While the database cannot be reached, a view's error becomes the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_outage(exception):
            log.error("database unavailable: %s", exception)
            return unavailable()
        return None


class RejectNulBytesMiddleware:
    """A NUL byte in the address or a form value is never a real input (PostgreSQL cannot
    even store one): the request is refused with a 400 that says so, before any view.
    The API (/api/) validates its own parameters and answers its errors in JSON: every
    control character in a query parameter is a 400 there (api.views.base.APIView)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/"):
            return self.get_response(request)
        values = [request.path, *request.GET.keys(), *request.GET.values()]
        if request.method == "POST" and request.content_type != "multipart/form-data":
            values += [*request.POST.keys(), *request.POST.values()]
        if any("\x00" in value for value in values):
            return HttpResponseBadRequest(
                "The address or the form contains a NUL character, which is never valid.\n",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
