import os
import subprocess
import sys

KEY = "k3y-" + "x9Qz" * 15


def _check(**env):
    environ = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    environ.update(DJANGO_SETTINGS_MODULE="nongthon.settings_production", **env)
    return subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
                          env=environ, capture_output=True, text=True, timeout=120)


def test_the_deploy_check_is_clean_with_a_key_and_hosts():
    result = _check(SECRET_KEY=KEY, ALLOWED_HOSTS="nongthon.example.org")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = _check(ALLOWED_HOSTS="nongthon.example.org")
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr
