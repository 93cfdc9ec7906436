"""The units API: administrative units with validity, filtered by date, level, name and parent."""
