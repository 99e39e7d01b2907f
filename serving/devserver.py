"""Werkzeug request handler for `python app.py`: no Server header, no query strings in the log.

Query strings can hold a user's benchmark answers, so the log shows the path only.
"""

from __future__ import annotations

from werkzeug.serving import WSGIRequestHandler


class DevRequestHandler(WSGIRequestHandler):
    def send_response(self, code, message=None):
        # http.server's version without the "Server: Werkzeug/x Python/y" header.
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())

    def log_request(self, code="-", size="-"):
        # The WSGI environ is built before this runs; the path is only used for logging now.
        self.path = self.path.split("?", 1)[0]
        super().log_request(code, size)
