"""Every log line names the request it belongs to: its id and the signed-in user."""
import contextvars
import logging

request_id = contextvars.ContextVar("request_id", default="-")
request_user = contextvars.ContextVar("request_user", default="-")


class RequestContextFilter(logging.Filter):
    """Adds ``request_id`` and ``user`` to each record (``-`` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        record.user = request_user.get()
        return True
