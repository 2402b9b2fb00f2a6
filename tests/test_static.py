"""Every asset is served by the application itself: nothing from a CDN, WhiteNoise in production."""
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = re.compile(r"""(?:src|href|url)\s*[=(]\s*["']?(?:https?:)?//""", re.IGNORECASE)


def test_no_template_or_stylesheet_loads_anything_from_another_site():
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("templates", "static")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".html", ".css", ".js", ".svg"} and EXTERNAL.search(path.read_text())
    ]
    assert offenders == []


@pytest.mark.django_db
def test_whitenoise_serves_the_collected_files_when_debug_is_off(settings, tmp_path):
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client()  # a new handler, so WhiteNoise reads the new STATIC_ROOT
    page = client.get("/accounts/login/").content.decode()
    stylesheet = re.search(r'href="(/static/css/app\.[0-9a-f]{12}\.css)"', page)
    assert stylesheet, "the page should link the hashed stylesheet"
    response = client.get(stylesheet.group(1))
    assert response.status_code == 200
    assert "max-age" in response["Cache-Control"]
