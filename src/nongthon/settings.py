"""Django settings, read from the environment (see env.py and README.md)."""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from nongthon.env import data_dir, database_config, env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

DEBUG = env_bool("DEBUG", False)
# The default key only ever serves the local demo; production sets SECRET_KEY.
SECRET_KEY = env_str("SECRET_KEY", "nongthon-local-demo-key-not-for-production-use-0123456789")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from our own static files, no CDN
    "django_htmx",
    "auditlog",
    "axes",
    "nongthon.units",
    "nongthon.criteria",
    "nongthon.monitoring",
    "nongthon.documents",
    "nongthon.web",
    "nongthon.workbooks",
    "nongthon.reports",
    "nongthon.accounts",
    "nongthon.dossiers",
    "nongthon.ops",
    "nongthon.synth",
    "nongthon.rollups",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "nongthon.accounts.middleware.UploadLimitMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nongthon.accounts.audit.AuditMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "nongthon.urls"
WSGI_APPLICATION = "nongthon.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nongthon.synth.context_processors.synthetic",  # a banner when the figures are made up
            ],
        },
    },
]

DATABASES = {"default": database_config("DATABASE_URL", DATA_DIR / "nongthon.sqlite3")}

# Rendered public pages (nongthon.web.views.cache), in each process's memory, keyed by the data's
# version so that a write shows at once; NONGTHON_PAGE_CACHE=0 renders every request.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "nongthon"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "nongthon-pages",
              "OPTIONS": {"MAX_ENTRIES": 500}},
}
NONGTHON_PAGE_CACHE = env_bool("NONGTHON_PAGE_CACHE", True)
NONGTHON_PAGE_CACHE_SECONDS = 600
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# django-axes first: it refuses a login from a locked-out client before any password is checked.
AUTHENTICATION_BACKENDS = [
    "nongthon.accounts.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese is the source language; English is the translation.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
# WhiteNoise serves from STATIC_ROOT and warns at every start when it is missing.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "media/"
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
NONGTHON_MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # whole request body, files included (accounts.middleware)

# Content-Security-Policy (django-csp): scripts only from our own static files; inline styles
# stay allowed because htmx injects its indicator style and templates use style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # LimitOffsetPagination with its count kept in the page cache under the data's version.
    "DEFAULT_PAGINATION_CLASS": "nongthon.web.api.pagination.VersionedCountPagination",
    "PAGE_SIZE": 100,
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "nongthon API",
    "VERSION": "0.1.0",
    # Swagger UI from drf-spectacular-sidecar's static files, so the docs page works offline
    # and under the CSP above; no validator badge, which would call a host of its own.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
WHITENOISE_USE_FINDERS = True  # serve app static files without a collectstatic step in the demo
