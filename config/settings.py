"""Settings for the Migration Policy Survey Tracker, driven by the environment.

DATABASE_URL    PostgreSQL (postgres://user:pass@host:port/name); without it, db.sqlite3 here
SECRET_KEY      required whenever DEBUG is off (or SECRET_KEY_FILE: a file holding it)
DEBUG           "1"/"true" to turn on; off by default
ALLOWED_HOSTS   comma-separated; defaults to localhost when DEBUG is on
CONN_MAX_AGE    seconds a database connection is kept (default 60)
BACKUP_KEY      a passphrase that manage.py backup encrypts with and restore needs (or
                BACKUP_KEY_FILE: a file holding it); without it, backups are not encrypted
SECURE_COOKIES, SECURE_SSL_REDIRECT, SECURE_HSTS_SECONDS, BEHIND_TLS_PROXY   HTTPS settings
API_THROTTLE_RATE_VIEWER, _EDITOR, _ADMINISTRATOR   requests a user of each role may make to
                the API (defaults "5000/hour", "5000/hour", "10000/hour")
"""
import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core.exports import SafeCSV, SafeXLSX

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG")


def secret_from_file(path: str, name: str = "SECRET_KEY_FILE") -> str:
    """A secret kept in a file (SECRET_KEY_FILE, BACKUP_KEY_FILE), so that it never appears
    on a command line or in the process list."""
    try:
        return Path(path).read_text(encoding="utf-8").strip() if path else ""
    except OSError as error:
        raise ImproperlyConfigured(f"{name} cannot be read: {error}") from error


SECRET_KEY = os.environ.get("SECRET_KEY", "") or secret_from_file(
    os.environ.get("SECRET_KEY_FILE", ""))
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable, or "
            "SECRET_KEY_FILE to a file holding it (or DEBUG=1 for local development)."
        )
    # Development only: a fresh random key per process, never a fixed one.
    from django.core.management.utils import get_random_secret_key

    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if DEBUG and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]

INSTALLED_APPS = [
    "config.admin_site.TrackerAdminConfig",  # django.contrib.admin, its index grouped
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tables2",
    "django_filters",
    "simple_history",
    "import_export",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
    "core",
    "surveys",
    "organizations",
    "accounts",
    "api",
]

MIDDLEWARE = [
    "core.middleware.RequestLogMiddleware",
    "core.middleware.RejectNulBytesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the cookie the switcher sets, else the browser's Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): whether this session has passed the second factor.
    "django_otp.middleware.OTPMiddleware",
    # A signed-in user's saved language wins over the cookie and Accept-Language.
    "accounts.middleware.UserLanguageMiddleware",
    # Every page requires sign-in unless its view is marked login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Then, a signed-in Editor, Administrator or superuser (or a Viewer who enrolled) passes
    # the second factor before any other page (accounts.twofactor.middleware).
    "accounts.twofactor.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "core.middleware.PrivatePagesMiddleware",
    "core.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.printing.print_stamp",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiler is for long analytical queries; it judges by estimated cost,
    # and the summary's grouped counts at 100x the demo data cross its threshold while they
    # run in a tenth of a second, then spend 50-70 ms of it compiling (EXPLAIN ANALYZE's
    # "JIT: Timing"). The app's queries are all short: no JIT.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# manage.py backup encrypts with it, and restore refuses an encrypted file without it or a
# file it cannot authenticate with it (core/backups/encryption.py, README "Backups"). Empty:
# backups are not encrypted. Django's error pages hide settings whose name holds "KEY".
BACKUP_KEY = os.environ.get("BACKUP_KEY", "") or secret_from_file(
    os.environ.get("BACKUP_KEY_FILE", ""), "BACKUP_KEY_FILE")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out username and address is refused before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "surveys:home"
LOGOUT_REDIRECT_URL = "login"

# English (British formats: config/formats/en/ is en_GB's) unless the reader asks for French:
# the switcher in the header (accounts.views.LanguageView) or the browser's Accept-Language.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates typed as ISO 8601 only in both languages (config/formats/en/, fr/); shown in the
# reader's language ("3 Jul 2001", "3 juillet 2001").
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "UTC"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# The API's Swagger UI ships source maps: served as they are, not compressed at each
# collectstatic (they are large and only a browser's developer tools read them).
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = ["jpg", "jpeg", "png", "gif", "webp", "zip", "gz",
                                       "tgz", "bz2", "tbz", "xz", "br", "swf", "flv", "woff",
                                       "woff2", "3gp", "mp4", "map"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# The security headers and cookie flags, stated although they are Django's defaults today:
# a reviewer reads them here, and a change of default in a later Django cannot weaken them.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Features no page uses, refused to every page (core.middleware.PrivatePagesMiddleware).
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
# No inline script or style anywhere: everything comes from the app's own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    # Behind TLS, turn these on (see README): off by default so that a plain-HTTP
    # deployment on an internal network still works.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
    if env_bool("BEHIND_TLS_PROXY"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Where a user's choice of a table's columns is read (core.columns): the accounts keep it.
HIDDEN_COLUMNS_READER = "accounts.columns.hidden_columns"

# Import is all-or-nothing: one bad row and nothing is written.
IMPORT_EXPORT_USE_TRANSACTIONS = True
# Importing changes records, so it takes the change permission; exporting takes view.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
# Exports that cannot run code (core.exports); the import reads them back exactly.
IMPORT_EXPORT_FORMATS = [SafeCSV, SafeXLSX]

# The read-only API (api/): tokens for scripts, the session for the browser. Token comes
# first so that an anonymous request gets 401 with "WWW-Authenticate: Token", not 403.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.SignedIn"],
    # Each user's requests at their role's rate (api.throttling), counted in the shared cache;
    # the defaults let a script page through every record at 100x within the hour (README).
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.RoleRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "viewer": os.environ.get("API_THROTTLE_RATE_VIEWER", "5000/hour"),
        "editor": os.environ.get("API_THROTTLE_RATE_EDITOR", "5000/hour"),
        "administrator": os.environ.get("API_THROTTLE_RATE_ADMINISTRATOR", "10000/hour"),
    },
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PageNumberPagination",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    # In the reader's language (the documentation page and the schema are made per request).
    "TITLE": _("Migration Policy Survey Tracker API"),
    "DESCRIPTION": _(
        "Read-only access to the letters, reports, Governments' responses and published "
        "figures of A/56/167, and to the inventory of organizations of its sections III and "
        "IV. Every list takes the same filters as its page. Responses and policy views are "
        "illustrative (see `is_illustrative`)."
    ),
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": "/api/",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["api.permissions.SignedIn"],
    # ?fields= may leave any field out, so no property of a record is required.
    "COMPONENT_NO_READ_ONLY_REQUIRED": True,
    # One name for each choice set that several fields share.
    "ENUM_NAME_OVERRIDES": {
        "DatePrecisionEnum": "core.dates.DatePrecision",
        "StanceEnum": "surveys.models.Stance",
    },
    # Swagger UI from the drf-spectacular-sidecar package: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # No deep links: Swagger UI puts each one inside its operation's button, a link in a
    # button that keyboards and screen readers cannot reach (axe: nested-interactive).
    # No syntax colours either: they are inline styles below AA contrast.
    "SWAGGER_UI_SETTINGS": {"deepLinking": False, "syntaxHighlight": {"activated": False}},
}

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one
# username from one address, that pair is locked out for AXES_COOLOFF_MINUTES; an
# administrator unlocks it by deleting its access attempt in the admin. A wrong second-factor
# code counts as a wrong password (accounts.twofactor.throttle).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# django-axes keeps each failed attempt's form data, masking these (and the password): its
# defaults, and the second-factor code, which may be a right one refused by the device's own
# delay (a recovery code stays good until used).
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]
AXES_CLIENT_IP_CALLABLE = "core.middleware.client_ip"
# Behind a reverse proxy, the client's address is the last one the proxy adds.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Two-factor sign-in (django-otp): the name authenticator apps show beside the code.
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Migration Policy Survey Tracker")

# One cache for every app server: the database by default, Redis when CACHE_URL (or
# REDIS_URL) names a redis:// or rediss:// server. locmem:// keeps a cache in each process's
# memory, for one process alone: the API's limits and the figures a worker computed would
# differ from process to process (tests/ops/test_two_servers.py fails with it).
CACHE_URL = os.environ.get("CACHE_URL", "") or os.environ.get("REDIS_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": CACHE_URL}}
elif CACHE_URL.startswith("locmem://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                          "LOCATION": "tracker"}}
elif CACHE_URL and not CACHE_URL.startswith("db://"):
    raise ImproperlyConfigured("CACHE_URL must start with redis://, rediss://, unix://, "
                               "db:// (the database) or locmem:// (one process alone).")
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                          "LOCATION": "tracker_cache",
                          # cached summaries and PDFs: enough for every report at 100x
                          "OPTIONS": {"MAX_ENTRIES": 5000}}}
# The apps whose records the cached summaries, reconciliations and PDFs read: a write to any
# of their tables moves the data version (core.dataversion) and so refreshes those copies.
DATA_VERSION_APPS = ["surveys"]

# Errors by email when ADMINS is set: "Name <address>, Name <address>".
ADMINS = [tuple(part.strip().rstrip(">").split("<", 1)) for part in
          os.environ.get("ADMINS", "").split(",") if "<" in part]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", "tracker@localhost")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")

# Work outside the request (django-tasks, the backport of Django 6.0's django.tasks): queued
# in the database (django-tasks-db), so that nothing but PostgreSQL or SQLite is needed and
# workers on several machines share one queue; `manage.py run_worker` runs one.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND",
                                               "django_tasks_db.DatabaseBackend")}}
# The daily chase of late replies (surveys.followup.schedule): when it runs (server time,
# HH:MM), and whether it emails each officer a digest (default) or queues the reminders.
FOLLOW_UP_CHASE_AT = os.environ.get("FOLLOW_UP_CHASE_AT", "07:00")
FOLLOW_UP_CHASE_MODE = os.environ.get("FOLLOW_UP_CHASE_MODE", "digest")
# In "queue" mode, the user whose name the queued reminders go out under.
FOLLOW_UP_CHASE_OFFICER = os.environ.get("FOLLOW_UP_CHASE_OFFICER", "")
# The address the digests' links start with (no request to read it from in a worker).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# How often a worker retries an email the server refused, and the first wait (doubling).
REMINDER_EMAIL_ATTEMPTS = int(os.environ.get("REMINDER_EMAIL_ATTEMPTS", "3"))
REMINDER_EMAIL_RETRY_SECONDS = int(os.environ.get("REMINDER_EMAIL_RETRY_SECONDS", "60"))
# Downloads made by a worker rather than inside the request (core.downloads): an export of
# more rows than this, a batch of more notes verbales than that.
EXPORT_IN_REQUEST_ROWS = int(os.environ.get("EXPORT_IN_REQUEST_ROWS", "10000"))
NOTES_IN_REQUEST = int(os.environ.get("NOTES_IN_REQUEST", "25"))

# Notes verbales (reminders) to the Permanent Missions: who they come from, where replies go,
# and the reference line ({year}, {letter} and {iso3} are filled in).
NOTE_VERBALE_FROM_EMAIL = os.environ.get("NOTE_VERBALE_FROM_EMAIL", SERVER_EMAIL)
NOTE_VERBALE_REPLY_TO = os.environ.get("NOTE_VERBALE_REPLY_TO", "")
NOTE_VERBALE_REFERENCE = os.environ.get("NOTE_VERBALE_REFERENCE",
                                        "DESA/PD/{year}/{letter}/{iso3}")

# One line a request and every error with its traceback, to standard error, each line
# with the time, level, request id, user, path, status and duration.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "core.logging.RequestContextFilter"}},
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s %(name)s request=%(request_id)s "
                      "user=%(user)s %(message)s",
        },
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "line",
                   "filters": ["request"]},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR",
                        "filters": ["request"]},
    },
    "root": {"handlers": ["stderr"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["stderr", "mail_admins"], "level": "WARNING",
                           "propagate": False},
        "django.server": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        # Lockouts and repeated failures are warnings; every sign-in is not worth a line.
        "axes": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        # WeasyPrint and fontTools narrate every PDF at INFO; only their problems matter.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
