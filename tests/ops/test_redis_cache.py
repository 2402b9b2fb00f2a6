"""The shared cache of several app servers, as the README documents it: with
``CACHE_URL=redis://...`` the app starts and reads and writes its cache in Redis, with only
what ``make install`` installs (requirements.txt). Two processes stand for two app servers:
what one stores, the other reads.

Redis runs on this machine and on CI's (port 6379). Locally the test is skipped when nothing
answers there; in CI (CI=true) it fails instead.
"""
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS = ("127.0.0.1", 6379)


def redis_answers() -> bool:
    try:
        with socket.create_connection(REDIS, timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def app_server(code: str, cache_url: str) -> str:
    """Run ``code`` in a fresh process with the app's settings and CACHE_URL, as an app
    server would start (no test settings), and give what it prints."""
    env = {**os.environ, "CACHE_URL": cache_url, "DJANGO_SETTINGS_MODULE": "config.settings",
           "DEBUG": "1"}
    env.pop("REDIS_URL", None)
    script = "import django; django.setup()\n" + code
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_two_app_servers_share_one_redis_cache():
    if not redis_answers():
        message = f"no Redis answers on {REDIS[0]}:{REDIS[1]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    url = "redis://127.0.0.1:6379/15"
    key, value = f"tracker-test-{uuid.uuid4().hex}", uuid.uuid4().hex
    backend = app_server(
        "from django.core.cache import cache, caches\n"
        f"cache.set({key!r}, {value!r}, 60)\n"
        "print(type(caches['default']).__module__)", url)
    assert backend == "django.core.cache.backends.redis"
    assert app_server(
        "from django.core.cache import cache\n"
        f"print(cache.get({key!r}))\n"
        f"cache.delete({key!r})", url) == value
