#!/usr/bin/env python3
"""A static server for the js-demo page, on loopback only.

Python's http.server, with the types a module page needs spelled out (.mjs and .js as
JavaScript, .wasm as application/wasm, which WebAssembly.instantiateStreaming insists on)
rather than taken from the machine's mime.types, and no caching, so that a rebuilt page is
never mixed with an old one.

    demo_server.py --directory build/js-demo [--port 8080] [--quiet]

--port 0 takes any free port. The first line on stdout is "serving DIR on URL", so that a test
can start the server and read where it listens.
"""
import argparse
import functools
import http.server
import sys

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".woff2": "font/woff2",
    ".svg": "image/svg+xml",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}
    quiet = False

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        if not self.quiet:
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--directory", required=True)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args()

    Handler.quiet = args.quiet
    handler = functools.partial(Handler, directory=args.directory)
    try:
        server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    except OSError as error:
        print(f"demo_server: cannot listen on {args.bind}:{args.port}: {error}", file=sys.stderr)
        return 2
    host, port = server.server_address[:2]
    print(f"serving {args.directory} on http://{host}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
