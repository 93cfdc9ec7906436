"""Production settings: the base settings, hardened. `DJANGO_SETTINGS_MODULE=nongthon.settings_production`.

Required: SECRET_KEY (50+ characters) and ALLOWED_HOSTS. Optional: SECURE_SSL_REDIRECT (default on),
SECURE_HSTS_SECONDS (default one year), SECURE_PROXY_SSL_HEADER=1 behind a proxy that sets
X-Forwarded-Proto, CSRF_TRUSTED_ORIGINS.
"""

import os

from nongthon.env import ImproperEnvironment, env_bool
from nongthon.settings import *  # noqa: F403  (the base settings, overridden below)


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperEnvironment(f"{name} must be set in production (see nongthon/settings_production.py).")
    return value


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperEnvironment(f"{name}={raw!r}: expected a whole number of seconds.") from None


DEBUG = False
SECRET_KEY = _required("SECRET_KEY")
if len(SECRET_KEY) < 50 or "not-for-production" in SECRET_KEY:
    raise ImproperEnvironment("SECRET_KEY: use a random value of at least 50 characters in production.")
ALLOWED_HOSTS = [host.strip() for host in _required("ALLOWED_HOSTS").split(",") if host.strip()]

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = _int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
