"""gunicorn's settings for the tracker, from the environment (``make serve`` uses this file).

GUNICORN_BIND      address to listen on (default 127.0.0.1:8000; behind the reverse proxy)
WEB_CONCURRENCY    worker processes (default 2 per core, at least 2)
GUNICORN_THREADS   requests each worker process serves at once, one a thread (default 4)
GUNICORN_TIMEOUT   seconds a worker may fail to answer the master before it is restarted
                   (default 60; nginx gives up on a request after 65 s)
ACCESS_LOG         "-" for standard error, a file path, or empty for none (default "-")
FORWARDED_ALLOW_IPS  proxies whose X-Forwarded-* headers are trusted (default 127.0.0.1)

Each worker warms up before its first request (core.warmup: URL patterns, catalogs,
templates, WeasyPrint's fonts), so that no reader waits for what a fresh worker loads.

The worker class is gthread, GUNICORN_THREADS threads a process: a request whose client has
gone holds one thread, not the process (with the sync class a departed client's 100x XLSX held
the worker 11-13 s, with or without nginx; README, "Production", has the figures of
scripts/departed_client.py). Workers restart after about max_requests requests, each at its own
count (the jitter), and a stopping worker finishes what it serves within graceful_timeout.

Workers keep nothing another server needs: sessions, caches and uploads waiting for their
confirmation live in the database (or Redis), so several app servers can share it.
"""
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", max(2, multiprocessing.cpu_count() * 2)))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Idle connections from nginx are kept 5 s; nginx lets go of them first (keepalive_timeout 4s).
keepalive = 5
# Restart each worker now and then, so that no slow leak can grow without bound; each after
# 2,000 to 2,200 requests, drawn for each worker, so that they do not restart together.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("ACCESS_LOG", "-") or None
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms request=%({x-request-id}o)s'
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "config.wsgi:application"


def post_worker_init(worker):
    from core.warmup import warm_up

    worker.log.info("worker %s warmed up in %.2f s", worker.pid, warm_up())
