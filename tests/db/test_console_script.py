from django.core.management import get_commands

from nongthon.cli import COMMANDS, main


def test_every_command_the_help_lists_exists():
    known = set(get_commands())
    missing = [name for name, _ in COMMANDS if name != "manage" and name not in known]
    assert missing == []


def test_the_help_lists_the_commands(capsys):
    main(["--help"])
    out = capsys.readouterr().out
    for name, what in COMMANDS:
        assert f"{name:10} {what}" in out
