from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("API")

    def ready(self):
        # drf-spectacular-sidecar ships Redoc beside Swagger UI. The documentation is
        # Swagger UI, so collectstatic leaves Redoc's 5 MB out: compressing it too doubled
        # the time collectstatic (and the test that runs it) takes. Django documents a
        # StaticFilesConfig subclass in INSTALLED_APPS for this; pytest-django's live server
        # then no longer recognises staticfiles (it looks for the literal app name), so the
        # browser tests would get no CSS. The app's public ignore_patterns, set once here.
        staticfiles = apps.get_app_config("staticfiles")
        staticfiles.ignore_patterns = [*staticfiles.ignore_patterns, "redoc"]
