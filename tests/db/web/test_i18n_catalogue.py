"""The English catalogue is complete and current, and no user-facing text escapes it.

Vietnamese is the source language. The compiled `django.mo` is committed beside its `.po`
(so an installed package needs no gettext), and these tests keep the two and the code in step:
after changing a marked string, run `nongthon manage makemessages -l en` from `src/nongthon`,
translate, then `nongthon manage compilemessages -l en` (both need Debian's gettext).
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings

import nongthon

SOURCE = Path(nongthon.__file__).resolve().parent
CATALOGUE = SOURCE / "locale" / "en" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOGUE.with_suffix(".mo")


def _vietnamese(text: str) -> bool:
    """Vietnamese text nearly always has a letter outside ASCII (ă, đ, ơ, ư or a tone mark)."""
    return any(ch.isalpha() and not ch.isascii() for ch in text)


def _entries(po) -> dict[tuple[str | None, str], polib.POEntry]:
    return {(e.msgctxt, e.msgid): e for e in po if not e.obsolete}


def test_the_english_catalogue_has_no_untranslated_or_fuzzy_message():
    po = polib.pofile(str(CATALOGUE))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert untranslated == [], f"{CATALOGUE}: {len(untranslated)} untranslated: {untranslated[:20]}"
    assert fuzzy == [], f"{CATALOGUE}: {len(fuzzy)} fuzzy: {fuzzy[:20]}"


def test_the_committed_mo_file_holds_the_translations_of_the_po_file():
    po = _entries(polib.pofile(str(CATALOGUE)))
    mo = _entries(polib.mofile(str(COMPILED)))
    stale = [key[1] for key, e in po.items()
             if key not in mo or (e.msgstr or e.msgstr_plural) != (mo[key].msgstr or mo[key].msgstr_plural)]
    assert stale == [], f"{COMPILED} is older than its .po; run compilemessages. Differs: {stale[:20]}"


@pytest.fixture
def source_copy(tmp_path):
    if shutil.which("xgettext") is None or shutil.which("msgmerge") is None:
        pytest.fail("makemessages needs GNU gettext: apt-get install gettext (scripts/test installs it)")
    copy = tmp_path / "nongthon"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("__pycache__", "static", "*.json.gz", "*.csv.gz"))
    return copy


def test_the_catalogue_holds_every_string_marked_in_the_code_and_templates(source_copy, monkeypatch):
    monkeypatch.chdir(source_copy)
    with override_settings(LOCALE_PATHS=[str(source_copy / "locale")]):
        call_command("makemessages", locale=["en"], no_obsolete=True, verbosity=0)
    fresh = _entries(polib.pofile(str(source_copy / "locale" / "en" / "LC_MESSAGES" / "django.po")))
    committed = _entries(polib.pofile(str(CATALOGUE)))
    missing = sorted(
        f"{key[1]!r} ({', '.join(f'{path}:{line}' for path, line in fresh[key].occurrences)})"
        for key in fresh.keys() - committed.keys())
    assert missing == [], "strings missing from the English catalogue (run makemessages -l en):\n" + "\n".join(missing)


# --- templates ----------------------------------------------------------------------------------

_COMMENT = re.compile(r"{#.*?#}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S)
_BLOCK = re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S)
_RAW = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
# An element that says which language it is in (a language's own name in the switcher).
_OWN_LANGUAGE = re.compile(r"<(\w+)\b[^>]*\slang=\"[a-z-]+\"[^>]*>[^<]*</\1>", re.S)
_TAG = re.compile(r"{%.*?%}|{{.*?}}", re.S)
_LITERAL = re.compile(r"""(_\()?("[^"]*"|'[^']*')""")
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*("[^"]*"|'[^']*')""")
# Text that is the same in both languages: the currency sign after an amount.
_SAME_IN_ENGLISH = {"đ"}


def unmarked_template_text(text: str) -> list[str]:
    """Vietnamese text of a template outside {% translate %}/{% blocktranslate %} and _("…")."""
    found = []
    text = _BLOCK.sub("", _COMMENT.sub("", text))
    text = _OWN_LANGUAGE.sub("", _RAW.sub("", text))
    for tag in _TAG.finditer(text):
        if re.match(r"{%\s*trans(?:late)?\b", tag.group(0)):
            continue
        found += [lit.group(2) for lit in _LITERAL.finditer(tag.group(0))
                  if not lit.group(1) and _vietnamese(lit.group(2))]
    html = _TAG.sub(" ", text)
    for element in re.finditer(r"<[^>]*>", html):
        found += [f"{a.group(1)}={a.group(2)}" for a in _ATTRIBUTE.finditer(element.group(0))
                  if _vietnamese(a.group(2))]
    for chunk in re.split(r"<[^>]*>", html):
        chunk = " ".join(chunk.split())
        if _vietnamese(chunk) and chunk not in _SAME_IN_ENGLISH:
            found.append(chunk)
    return found


def test_the_template_check_finds_text_outside_translate_tags():
    template = """{% load i18n %}<h1 title="Tiêu đề">{% translate "Đơn vị" %}</h1>
    <p>{% blocktranslate %}Xã {{ name }}{% endblocktranslate %} Chưa dịch</p>
    {% include "x.html" with label="Nhãn" other=_("Đã dịch") %}
    <button lang="vi">Tiếng Việt</button>{# Ghi chú #}<span>{{ amount }} đ</span>"""
    assert unmarked_template_text(template) == ['"Nhãn"', 'title="Tiêu đề"', "Chưa dịch"]


def test_templates_have_no_vietnamese_text_outside_translate_tags():
    problems = []
    for path in sorted(SOURCE.glob("*/templates/**/*.html")):
        problems += [f"{path.relative_to(SOURCE)}: {text[:80]}" for text in unmarked_template_text(path.read_text())]
    assert problems == [], "text to mark with {% translate %}:\n" + "\n".join(problems)


# --- Python -----------------------------------------------------------------------------------

_GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy",
            "gettext_noop"}
# Modules whose strings reach a page, a form, an API answer or a message. Console commands
# (management/commands, cli.py, units/views_text.py) talk Vietnamese only, and the pure cores
# (registry, evaluation, extraction) cannot import Django's translation.
_WEB_MODULES = ("views.py", "views/*.py", "forms.py", "models.py", "choices.py", "apps.py", "admin.py",
                "filtersets.py", "api/*.py", "middleware.py", "templatetags/*.py")


def unmarked_python_strings(source: str) -> list[tuple[int, str]]:
    """Vietnamese string constants that are neither docstrings nor inside a gettext call.

    A line with the comment `# i18n: data` holds a constant compared with data, never shown.
    """
    tree = ast.parse(source)
    data_lines = {n for n, line in enumerate(source.splitlines(), 1) if "# i18n: data" in line}
    parent = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {node.body[0].value for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}

    def marked(node) -> bool:
        while node in parent:
            node = parent[node]
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in _GETTEXT:
                    return True
        return False

    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _vietnamese(node.value)
            and node not in docstrings and node.lineno not in data_lines and not marked(node)]


def test_the_python_check_finds_unmarked_strings():
    source = ('"""Mô-đun."""\nfrom x import gettext_lazy as _\nA = _("Đã dịch")\nB = "Chưa dịch"\nC = f"Xã {A}"\n'
              'D = "đồng" in A  # i18n: data\n')
    assert [text for _line, text in unmarked_python_strings(source)] == ["Chưa dịch", "Xã "]


def test_web_modules_mark_their_vietnamese_strings():
    paths = sorted({p for pattern in _WEB_MODULES for p in SOURCE.glob(f"*/{pattern}")})
    assert len(paths) > 20
    problems = [f"{path.relative_to(SOURCE)}:{line}: {text[:80]!r}"
                for path in paths for line, text in unmarked_python_strings(path.read_text())]
    assert problems == [], "strings to mark with gettext:\n" + "\n".join(problems)


def test_every_label_the_evaluator_shows_is_listed_for_the_catalogue():
    from nongthon.evaluation.model import Scope, Status, Tier
    from nongthon.web.evaluations import EVALUATOR_LABELS

    labels = {member.label for enum in (Status, Scope, Tier) for member in enum}
    assert labels - set(EVALUATOR_LABELS) == set()
