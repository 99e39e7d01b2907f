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


def _imported_modules(path: Path) -> list[str]:
    """Every module `path` imports (absolute names; relative imports resolved)."""
    package = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names += [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return names


ROUTER = {REPO / "app.py", REPO / "callbacks" / "router.py"}


def test_only_the_router_imports_pages_and_pages_import_no_other_page():
    """A page's home is pages/<page>/; data, components, serving reach no page, and a page
    reaches another page's cards only through what the router hands over."""
    for path in APP_CODE:
        rel = path.relative_to(REPO).parts
        own = f"pages.{rel[1]}" if rel[0] == "pages" and len(rel) > 2 else None
        for name in _imported_modules(path):
            if name != "pages" and not name.startswith("pages."):
                continue
            if path in ROUTER:
                continue
            assert own and (name == own or name.startswith(own + ".")), \
                f"{path.relative_to(REPO)} imports {name}"


def test_every_page_is_a_package_with_the_same_files():
    for page in (REPO / "pages").iterdir():
        if page.suffix == ".py" and page.name != "__init__.py":
            raise AssertionError(f"{page.name}: a page is a package pages/<page>/")
        if page.is_dir() and (page / "__init__.py").exists():
            text = (page / "__init__.py").read_text()
            wanted = ["layout.py", "text.py"]
            if "import card" in text:  # a page with charts has a card contract and state
                wanted += ["cards.py", "state.py"]
            if "import callbacks" in text:
                wanted.append("callbacks.py")
            missing = [f for f in wanted if not (page / f).exists()]
            assert not missing, f"pages/{page.name}/ lacks {missing}"


def _imports_by_name(path: Path) -> list[str]:
    """Module names `path` imports at run time by name (import_module, __import__)."""
    own = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
    names = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Call) and node.args and (
                getattr(node.func, "attr", None) == "import_module"
                or getattr(node.func, "id", None) in ("import_module", "__import__")):
            arg = node.args[0]
            if isinstance(arg, ast.JoinedStr) and arg.values:
                arg = arg.values[0]  # f"{__name__}.{area}": the module's own package
                if isinstance(arg, ast.FormattedValue) and getattr(arg.value, "id", "") \
                        == "__name__":
                    arg = ast.Constant(own)
            names.append(arg.value if isinstance(arg, ast.Constant) else "?")
    return names


def test_nothing_outside_pages_imports_a_page_by_name():
    """components/ (the translation catalogue included) never reaches pages/, not even
    dynamically: pages register their strings with components.i18n, not the reverse."""
    for path in APP_CODE:
        if path in ROUTER or path.relative_to(REPO).parts[0] == "pages":
            continue
        for name in _imports_by_name(path):
            assert name == "?" or not str(name).startswith("pages"), \
                f"{path.relative_to(REPO)} imports {name} by name"
            assert name != "?" or path.relative_to(REPO).parts[0] != "components", \
                f"{path.relative_to(REPO)} imports a module by a computed name"
