import pytest

from nongthon.env import ImproperEnvironment, env_bool, env_list


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
