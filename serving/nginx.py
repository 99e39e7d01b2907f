"""Write the nginx configuration and its error pages for the production set-up.

    python -m serving.nginx --out RUN_DIR --listen 0.0.0.0:8050 \
        --app 127.0.0.1:8051 --health 127.0.0.1:8052

scripts/serve.sh runs this, then gunicorn on the loopback address --app (its /healthz listener
on --health, see serving/health.py) and `nginx -c RUN_DIR/nginx.conf`. The security headers
come from serving/headers.py (the Content-Security-Policy is computed from the app, as the app
itself computes it), so nginx and the app send the same values: one source. The error pages
come from serving/errors.py (Dutch and English).
"""

from __future__ import annotations

import argparse
import os
import pwd
import re
import sys
from pathlib import Path
from string import Template

TEMPLATE = Path(__file__).with_name("nginx.conf.template")
ERROR_CODES = (400, 413, 414, 431, 503)
MAX_LINE = "8k"   # request line and each header line (gunicorn's own limit is 8190)
MAX_BODY = "1m"   # serving/errors.MAX_BODY
class _Template(Template):
    delimiter = "@"  # nginx uses $ for its own variables


ADDRESS = re.compile(r"^(unix:/\S+|[\w.\-\[\]:]+:\d+)$")


def _quote(value: str) -> str:
    if any(c in value for c in '"$\\\r\n'):
        raise ValueError(f"header value cannot be written to nginx: {value!r}")
    return f'"{value}"'


def header_block(headers: dict[str, str], indent: str = "        ") -> str:
    """proxy_hide_header + add_header ... always, for each header."""
    lines = []
    for name, value in headers.items():
        lines.append(f"{indent}proxy_hide_header {name};")
        lines.append(f"{indent}add_header {name} {_quote(value)} always;")
    return "\n".join(lines)


def security_headers() -> dict[str, str]:
    """The headers the app sets on every response (serving/headers.py), CSP included."""
    from serving import headers
    import app  # the CSP hashes Dash's inline scripts of this app

    return {"Content-Security-Policy": headers.content_security_policy(app.app),
            **headers.STATIC_HEADERS}


def worker_user() -> str:
    """nginx drops root for its workers: www-data (Debian's nginx user) or nobody."""
    if os.geteuid() != 0:
        return ""
    for user, group in (("www-data", "www-data"), ("nobody", "nogroup")):
        try:
            pwd.getpwnam(user)
            return f"user {user} {group};"
        except KeyError:
            continue
    return ""


def render(*, run_dir: Path, listen: str, app: str, health: str, headers: dict[str, str],
           access_log: str = "/dev/stdout", workers: str = "1") -> str:
    for name, value in (("--listen", listen), ("--app", app), ("--health", health)):
        if not ADDRESS.match(value):
            raise ValueError(f"{name} must be host:port (or unix:/path for --app): {value!r}")
    log = "off" if access_log == "off" else f"{access_log} pathonly"
    return _Template(TEMPLATE.read_text()).substitute(
        user_line=worker_user(), worker_processes=workers, run_dir=str(run_dir),
        access_log=log, max_line=MAX_LINE, max_body=MAX_BODY, app=app, health=health,
        listen=listen, headers=header_block(headers))


def error_pages() -> dict[int, str]:
    from serving import errors

    return {code: errors.page(code) for code in ERROR_CODES}


def write(run_dir: Path, **kwargs) -> Path:
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / "_errors").mkdir(exist_ok=True)
    for code, text in error_pages().items():
        (run_dir / "_errors" / f"{code}.html").write_text(text, encoding="utf-8")
    config = run_dir / "nginx.conf"
    config.write_text(render(run_dir=run_dir, **kwargs), encoding="utf-8")
    # nginx's workers (www-data or nobody) read the error pages and write their temp files here.
    for path in (run_dir, run_dir / "_errors", *(run_dir / "_errors").iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="run directory for nginx")
    parser.add_argument("--listen", required=True, help="public address, e.g. 0.0.0.0:8050")
    parser.add_argument("--app", required=True, help="gunicorn's address, e.g. 127.0.0.1:8051")
    parser.add_argument("--health", required=True, help="health listener, e.g. 127.0.0.1:8052")
    parser.add_argument("--access-log", default="/dev/stdout", help="file, or off")
    parser.add_argument("--workers", default="1", help="nginx worker processes (or auto)")
    args = parser.parse_args(argv)
    try:
        config = write(args.out.resolve(), listen=args.listen, app=args.app, health=args.health,
                       headers=security_headers(), access_log=args.access_log,
                       workers=args.workers)
    except (ValueError, OSError) as exc:
        print(f"error: cannot write the nginx configuration: {exc}", file=sys.stderr)
        return 1
    print(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
