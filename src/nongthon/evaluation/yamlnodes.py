"""YAML that remembers where each value came from, so errors can name the line.

PyYAML's composer keeps a mark on every node; we turn the node tree into plain dicts and
lists that also carry the line of each key and item.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

try:  # the C composer is several times faster on the shipped files
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class SetError:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class SetFileError(ValueError):
    """A criteria-set file that cannot be used; `errors` lists each problem with file, line and field."""

    def __init__(self, errors: list[SetError]):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


class LMap(dict):
    """A mapping with the line of the mapping and of each key (1-based)."""

    line: int = 0
    key_lines: dict


class LSeq(list):
    """A sequence with the line of the sequence and of each item (1-based)."""

    line: int = 0
    item_lines: list


_constructor = yaml.constructor.SafeConstructor()


def _convert(node: yaml.Node, path: str, errors: list[SetError], where: str):
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = LMap()
        out.line = line
        out.key_lines = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                errors.append(SetError(path, key_node.start_mark.line + 1, where or "(gốc)", "khóa phải là chuỗi"))
                continue
            key = str(key_node.value)
            key_line = key_node.start_mark.line + 1
            field = f"{where}.{key}" if where else key
            if key in out:
                errors.append(SetError(path, key_line, field, f"khóa lặp lại (đã có ở dòng {out.key_lines[key]})"))
                continue
            out[key] = _convert(value_node, path, errors, field)
            out.key_lines[key] = key_line
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LSeq()
        seq.line = line
        seq.item_lines = []
        for index, item in enumerate(node.value):
            seq.append(_convert(item, path, errors, f"{where}[{index}]"))
            seq.item_lines.append(item.start_mark.line + 1)
        return seq
    try:
        return _constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError) as err:  # e.g. 2022-13-01 is a date YAML cannot build
        errors.append(SetError(path, line, where, f"giá trị không đọc được ({err})"))
        return None


def parse_yaml(text: str, path: str) -> LMap:
    """Parse one YAML document into LMap/LSeq; raise SetFileError on syntax errors."""
    errors: list[SetError] = []
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        raise SetFileError([SetError(path, line, "(cú pháp YAML)", str(err.problem or err))]) from None
    except yaml.YAMLError as err:
        raise SetFileError([SetError(path, 1, "(cú pháp YAML)", str(err))]) from None
    if node is None:
        raise SetFileError([SetError(path, 1, "(gốc)", "tệp rỗng")])
    data = _convert(node, path, errors, "")
    if errors:
        raise SetFileError(errors)
    if not isinstance(data, LMap):
        raise SetFileError([SetError(path, node.start_mark.line + 1, "(gốc)", "tệp phải là một ánh xạ khóa: giá trị")])
    return data
