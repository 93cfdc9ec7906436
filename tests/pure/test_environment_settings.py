import pytest

from nongthon.env import ImproperEnvironment, database_config, env_bool, env_list


def test_a_bad_boolean_stops_start_up_naming_the_variable(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperEnvironment) as err:
        env_bool("DEBUG", False)
    assert "DEBUG='maybe'" in str(err.value)


def test_booleans_and_lists_are_parsed(monkeypatch):
    monkeypatch.setenv("DEBUG", "Yes")
    monkeypatch.setenv("ALLOWED_HOSTS", "a.vn, b.vn,,")
    assert env_bool("DEBUG", False) is True
    assert env_list("ALLOWED_HOSTS", []) == ["a.vn", "b.vn"]


def test_postgresql_connections_price_random_reads_for_ssds(monkeypatch, tmp_path):
    monkeypatch.delenv("PGOPTIONS", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db.example:5432/nongthon")
    config = database_config("DATABASE_URL", tmp_path / "x.sqlite3")
    assert config["NAME"] == "nongthon" and config["OPTIONS"]["options"] == "-c random_page_cost=1.1"


def test_pgoptions_set_by_the_operator_win(monkeypatch, tmp_path):
    monkeypatch.setenv("PGOPTIONS", "-c random_page_cost=2")
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db.example:5432/nongthon")
    assert "options" not in database_config("DATABASE_URL", tmp_path / "x.sqlite3").get("OPTIONS", {})


def test_sqlite_gets_a_busy_timeout_and_wal(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_config("DATABASE_URL", tmp_path / "x.sqlite3")
    assert config["OPTIONS"]["timeout"] == 20 and "journal_mode=WAL" in config["OPTIONS"]["init_command"]
