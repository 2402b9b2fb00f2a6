"""The settings of the app servers that tests/ops starts: production's (config.settings, from
the environment), except that static files are served from the sources, unhashed, as the
in-process tests serve them (tests/conftest.py): ``collectstatic`` with its compression takes
about 40 s, and what these tests check does not depend on the files' names."""
from config.settings import *  # noqa: F403

STORAGES = {**STORAGES,  # noqa: F405
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
