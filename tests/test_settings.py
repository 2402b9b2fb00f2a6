"""Settings come from the environment; a missing SECRET_KEY is an error unless DEBUG is on."""
import os
import subprocess
import sys

import pytest

CHECK = ("import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings'; "
         "django.setup(); from django.conf import settings; "
         "import hashlib; print(settings.DATABASES['default']['ENGINE'], settings.DEBUG, "
         "hashlib.sha256(settings.SECRET_KEY.encode()).hexdigest()[:12])")


def settings_with(**env):
    clean = {k: v for k, v in os.environ.items()
             if k not in {"SECRET_KEY", "SECRET_KEY_FILE", "DEBUG", "DATABASE_URL"}}
    return subprocess.run([sys.executable, "-c", CHECK], env={**clean, **env},
                          capture_output=True, text=True, cwd=os.getcwd())


def test_missing_secret_key_is_an_error_when_debug_is_off():
    result = settings_with()
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_the_secret_key_may_come_from_a_file_never_the_command_line(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("a-secret-kept-in-a-file-for-this-test\n")
    result = settings_with(SECRET_KEY_FILE=str(secret))
    assert result.returncode == 0, result.stderr
    import hashlib
    assert result.stdout.split()[2] == hashlib.sha256(
        b"a-secret-kept-in-a-file-for-this-test").hexdigest()[:12]
    missing = settings_with(SECRET_KEY_FILE=str(tmp_path / "nowhere"))
    assert missing.returncode != 0 and "SECRET_KEY_FILE cannot be read" in missing.stderr


def test_debug_without_secret_key_gets_a_random_one_each_time():
    first, second = settings_with(DEBUG="1"), settings_with(DEBUG="1")
    assert first.returncode == 0, first.stderr
    assert first.stdout.split()[1] == "True"
    assert first.stdout.split()[2] != second.stdout.split()[2]  # random, never a fixed key


@pytest.mark.parametrize("url, engine", [
    ("", "django.db.backends.sqlite3"),
    ("postgres://u:p@db.example:5432/tracker", "django.db.backends.postgresql"),
])
def test_database_url_selects_the_database(url, engine):
    env = {"SECRET_KEY": "test-only"}
    if url:
        env["DATABASE_URL"] = url
    result = settings_with(**env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == engine


CACHE_CHECK = ("import django, os; os.environ['DJANGO_SETTINGS_MODULE']='config.settings'; "
               "django.setup(); from django.conf import settings; "
               "c = settings.CACHES['default']; print(c['BACKEND'], c['LOCATION'])")


@pytest.mark.parametrize(("env", "backend", "location"), [
    ({}, "django.core.cache.backends.db.DatabaseCache", "tracker_cache"),
    ({"CACHE_URL": "redis://127.0.0.1:6379/1"}, "django.core.cache.backends.redis.RedisCache",
     "redis://127.0.0.1:6379/1"),
    ({"REDIS_URL": "redis://127.0.0.1:6379/2"}, "django.core.cache.backends.redis.RedisCache",
     "redis://127.0.0.1:6379/2"),
    ({"CACHE_URL": "db://"}, "django.core.cache.backends.db.DatabaseCache", "tracker_cache"),
    ({"CACHE_URL": "locmem://"}, "django.core.cache.backends.locmem.LocMemCache", "tracker"),
])
def test_the_shared_cache_is_the_database_unless_cache_url_or_redis_url_names_redis(
        env, backend, location):
    clean = {k: v for k, v in os.environ.items() if k not in {"CACHE_URL", "REDIS_URL"}}
    result = subprocess.run([sys.executable, "-c", CACHE_CHECK], capture_output=True,
                            text=True, env={**clean, "SECRET_KEY": "x", **env})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [backend, location]


def test_a_cache_url_of_another_kind_is_a_clear_error():
    result = subprocess.run([sys.executable, "-c", CACHE_CHECK], capture_output=True, text=True,
                            env={**os.environ, "SECRET_KEY": "x", "CACHE_URL": "memcached://x"})
    assert result.returncode != 0 and "CACHE_URL must start with" in result.stderr
