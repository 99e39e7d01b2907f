"""The running app holds aggregates only: it never imports the pipeline or reads microdata."""

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APP_CODE = [REPO / "app.py", *(p for d in ("components", "pages", "callbacks", "serving", "data")
                                 for p in (REPO / d).rglob("*.py"))]


def test_importing_the_app_loads_no_pipeline_module():
    code = ("import sys, app; "
            "bad = sorted(m for m in sys.modules if m == 'pipeline' or m.startswith('pipeline.')); "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


def test_no_app_module_imports_the_pipeline_or_reads_raw_files():
    for path in APP_CODE:
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] != "pipeline", f"{path}: imports {node.module}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] != "pipeline", f"{path}: imports {alias.name}"
            if isinstance(node, ast.Attribute) and node.attr in ("read_csv", "read_excel",
                                                                  "read_sav", "read_spss"):
                raise AssertionError(f"{path}: calls {node.attr} (microdata reader)")
