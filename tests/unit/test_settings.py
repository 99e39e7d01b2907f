"""One module reads the environment (data/settings.py); README documents every variable it
declares; a bad value stops start-up with one line naming the variable."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from data import settings

REPO = Path(__file__).resolve().parents[2]
CODE_DIRS = ("components", "pages", "callbacks", "serving", "data", "pipeline")
CODE = [REPO / "app.py", REPO / "gunicorn.conf.py",
        *(p for d in CODE_DIRS for p in (REPO / d).rglob("*.py"))]


def test_the_readme_table_is_the_declared_settings():
    readme = (REPO / "README.md").read_text()
    assert settings.markdown_table() in readme
    for setting in settings.SETTINGS:
        assert f"`{setting.name}`" in readme


def _reads_environment(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
            found.append(node.attr)
        if isinstance(node, ast.ImportFrom) and node.module == "os":
            found += [a.name for a in node.names if a.name in ("environ", "getenv")]
    return found


def test_only_the_settings_module_reads_the_environment():
    assert _reads_environment(ast.parse((REPO / "data/settings.py").read_text()))
    for path in CODE:
        if path.name == "settings.py" and path.parent.name == "data":
            continue
        assert not _reads_environment(ast.parse(path.read_text())), path


def test_every_setting_used_in_code_is_declared():
    names = set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "get" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "settings" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                names.add(node.args[0].value)
    assert names and names <= set(settings.BY_NAME), names - set(settings.BY_NAME)


def test_defaults_parse_and_blank_means_default(monkeypatch):
    for setting in settings.SETTINGS:
        monkeypatch.delenv(setting.name, raising=False)
    settings.check_all()
    assert settings.get("PORT") == 8050 and settings.get("IBO_MIN_CELL") == 5
    monkeypatch.setenv("IBO_WORKERS", " ")
    assert settings.get("IBO_WORKERS") == 2
    assert settings.host(production=True) == "0.0.0.0"
    assert settings.host(production=False) == "127.0.0.1"


@pytest.mark.parametrize("name, value", [
    ("IBO_MIN_CELL", "3"), ("IBO_MIN_CELL", "five"), ("PORT", "70000"), ("IBO_WORKERS", "0"),
    ("IBO_DEBUG", "yes"), ("IBO_LOG_LEVEL", "loud"), ("IBO_FRAME_ANCESTORS", "*; script-src *"),
    ("HOST", "a b"),
])
def test_a_bad_value_names_the_variable(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(settings.SettingError, match=name):
        settings.get(name)


@pytest.mark.slow
@pytest.mark.parametrize("command", [
    [sys.executable, "-c", "import app"],
    [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--check-config", "app:server"],
])
def test_start_up_stops_with_one_line(command):
    env = {**os.environ, "IBO_MIN_CELL": "2", "PYTHONPATH": str(REPO)}
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0
    message = result.stderr.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    assert "IBO_MIN_CELL" in message
