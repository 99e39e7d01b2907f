"""Start-up work kept off the cold start, without changing what runs afterwards.

scripts/serve.sh and scripts/run.sh byte-compile the app's modules (compile_app in
scripts/lib.sh): every module `import app` loads from the checkout, and gunicorn.conf.py, then
has current byte-code, in a mode where Python checks the source on import (a .pyc whose
source changed is ignored, never run). app.py runs without automatic garbage collection
until serving.install has collected and frozen the start-up objects: collection is on again
afterwards."""

from __future__ import annotations

import gc
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TIMESTAMP, CHECKED_HASH = 0b00, 0b11  # the .pyc header's flags (PEP 552)


# Run with the cache prefix below: the source file of every module loaded from the checkout
# (the virtual environment excluded) and where Python looks for its byte-code.
LOADED = """
import importlib.util, json, sys
from pathlib import Path
import app
repo, venv = Path.cwd().resolve(), Path(sys.prefix).resolve()
files = {Path(m.__file__).resolve() for m in list(sys.modules.values())
         if getattr(m, "__file__", None)} | {repo / "gunicorn.conf.py"}
print(json.dumps({str(f): importlib.util.cache_from_source(str(f)) for f in sorted(files)
                  if f.is_relative_to(repo) and not f.is_relative_to(venv)}))
"""


def _current(source: Path, cached: Path) -> bool:
    """The .pyc is for this very source, and Python checks that on import."""
    header = cached.read_bytes()[:16]
    assert header[:4] == importlib.util.MAGIC_NUMBER, cached
    flags = int.from_bytes(header[4:8], "little")
    if flags == TIMESTAMP:
        stat = source.stat()
        return header[8:16] == (int(stat.st_mtime) & 0xFFFF_FFFF).to_bytes(4, "little") \
            + (stat.st_size & 0xFFFF_FFFF).to_bytes(4, "little")
    assert flags == CHECKED_HASH, f"{cached}: flags {flags}: Python would not check the source"
    return header[8:16] == importlib.util.source_hash(source.read_bytes())


@pytest.mark.slow
def test_every_module_of_the_app_has_current_byte_code(tmp_path):
    env = {**os.environ, "VENV": sys.prefix, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"),
           "PYTHONPATH": str(REPO)}
    subprocess.run(["bash", "-c", "source scripts/lib.sh && compile_app"], cwd=REPO, env=env,
                   check=True, timeout=300)
    result = subprocess.run([sys.executable, "-c", LOADED], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = {Path(s): Path(c) for s, c in json.loads(result.stdout).items()}
    assert len(loaded) > 50 and REPO / "app.py" in loaded
    missing = [str(s.relative_to(REPO)) for s, c in loaded.items() if not c.is_file()]
    assert missing == [], "not compiled by compile_app (scripts/lib.sh APP_SOURCES)"
    assert [str(s) for s, c in loaded.items() if not _current(s, c)] == []


def test_garbage_collection_is_on_after_start_up(dash_app):
    """app.py turns automatic collection off while it starts; serving.install turns it on."""
    assert gc.isenabled()
    assert gc.get_freeze_count() > 10_000  # the start-up objects, frozen before forking
