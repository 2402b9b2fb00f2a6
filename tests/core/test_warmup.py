"""A worker warms up before its first request: URL patterns, catalogs, templates, WeasyPrint."""
import sys
import types

from django.template import engines
from django.utils.translation import trans_real

from core.warmup import project_templates, warm_up


def cached_template_names() -> set[str]:
    loader = engines["django"].engine.template_loaders[0]
    return {key for key in getattr(loader, "get_template_cache", {})}


def test_warm_up_loads_the_catalogs_the_templates_and_weasyprint(monkeypatch):
    monkeypatch.setattr(trans_real, "_translations", {})
    engines["django"].engine.template_loaders[0].reset()

    seconds = warm_up()

    assert seconds > 0
    assert {"en", "fr"} <= set(trans_real._translations)
    assert len(project_templates()) > 50
    assert set(project_templates()) <= cached_template_names()
    assert "weasyprint" in sys.modules


def test_gunicorn_warms_each_worker_up_before_its_first_request(monkeypatch):
    import config.gunicorn
    import core.warmup

    calls, logged = [], []
    monkeypatch.setattr(core.warmup, "warm_up", lambda: calls.append(1) or 0.5)
    worker = types.SimpleNamespace(pid=42, log=types.SimpleNamespace(
        info=lambda message, *args: logged.append(message % args)))

    config.gunicorn.post_worker_init(worker)

    assert calls == [1] and logged == ["worker 42 warmed up in 0.50 s"]
