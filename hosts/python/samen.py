"""samen for Python: the collaboration rules engine of the GEMMA Softwarecatalogus, through
its C ABI (libsamen.so) with ctypes and nothing else.

    with samen.Engine() as engine:
        engine.load(Path("catalogus.json").read_text())
        result = engine.apply({"opdracht": "lidmaatschap.aangeven", ...})
        if not result["toegestaan"]:
            print([m["code"] for m in result["meldingen"]])

Every call answers with the decoded JSON of the engine (a refused command is an answer, not an
error). A call that could not be evaluated at all raises SamenError with the status and the
engine's `fouten`. Inputs may be a str, UTF-8 bytes, or anything json.dumps accepts.

The library is found, in this order: the `library` argument; $SAMEN_LIBRARY;
$SAMEN_PREFIX/lib/libsamen.so.1 (default prefix /usr/local); the system loader (ldconfig,
LD_LIBRARY_PATH).

An Engine is not meant for concurrent use while load or apply runs; use one per thread.
"""

import ctypes
import enum
import json
import os

__all__ = ["Engine", "SamenError", "Status", "abi_version", "version"]

SUPPORTED_ABI = 1
_LIBRARY_NAME = f"libsamen.so.{SUPPORTED_ABI}"


class Status(enum.IntEnum):
    """samen_status of samen.h."""

    OK = 0
    ERR_ARGUMENT = 1
    ERR_INPUT = 2
    ERR_MEMORY = 3
    ERR_INTERNAL = 255


class SamenError(Exception):
    """A call the engine could not evaluate: bad JSON, an unknown command, bad options, ..."""

    def __init__(self, status, fouten):
        try:
            self.status = Status(status)
        except ValueError:
            self.status = Status.ERR_INTERNAL
        self.fouten = fouten
        details = "; ".join(f"{f.get('code')}: {f.get('melding')}" for f in fouten)
        super().__init__(f"samen {self.status.name}: {details or 'no details'}")

    @property
    def codes(self):
        return [fout.get("code") for fout in self.fouten]


def _library_path(explicit):
    if explicit:
        return os.fspath(explicit)
    if os.environ.get("SAMEN_LIBRARY"):
        return os.environ["SAMEN_LIBRARY"]
    in_prefix = os.path.join(os.environ.get("SAMEN_PREFIX") or "/usr/local", "lib", _LIBRARY_NAME)
    return in_prefix if os.path.exists(in_prefix) else _LIBRARY_NAME


_OUT = ctypes.POINTER(ctypes.c_void_p)  # char**: kept as a raw pointer so that it can be freed
_SIGNATURES = {
    "samen_abi_version": (ctypes.c_uint32, []),
    "samen_version": (ctypes.c_char_p, []),  # static: a c_char_p copy is right here
    "samen_engine_new": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_size_t, _OUT, _OUT]),
    "samen_engine_free": (None, [ctypes.c_void_p]),
    "samen_engine_load": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, _OUT]),
    "samen_engine_apply": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, _OUT]),
    "samen_engine_check": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, _OUT]),
    "samen_engine_query": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, _OUT]),
    "samen_engine_export": (ctypes.c_int, [ctypes.c_void_p, _OUT]),
    "samen_string_free": (None, [ctypes.c_void_p]),
}
_loaded = {}


def _library(explicit=None):
    """The bound library, loaded once per path; refuses a library of another ABI."""
    path = _library_path(explicit)
    if path not in _loaded:
        lib = ctypes.CDLL(path)
        for name, (restype, argtypes) in _SIGNATURES.items():
            function = getattr(lib, name)
            function.restype, function.argtypes = restype, argtypes
        if lib.samen_abi_version() != SUPPORTED_ABI:
            raise OSError(f"{path} has samen ABI {lib.samen_abi_version()}; this module speaks ABI {SUPPORTED_ABI}")
        _loaded[path] = lib
    return _loaded[path]


def version(library=None):
    """The library version, "major.minor.patch"."""
    return _library(library).samen_version().decode()


def abi_version(library=None):
    return _library(library).samen_abi_version()


def _encode(value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


class Engine:
    """One engine: options plus an in-memory catalogue state. Close it, or use `with`."""

    def __init__(self, options=None, *, library=None):
        self._lib = _library(library)
        self._handle = None
        handle = ctypes.c_void_p()
        data = None if options is None else _encode(options)
        self.options = self._answer(self._lib.samen_engine_new, data, len(data or b""), ctypes.byref(handle))
        self._handle = handle

    def load(self, state):
        """Replaces the whole state; answers the counts per kind."""
        return self._call(self._lib.samen_engine_load, state)

    def check(self, command):
        """Evaluates a command without performing it (a dry run)."""
        return self._call(self._lib.samen_engine_check, command)

    def apply(self, command):
        """Evaluates a command and, if allowed, performs it."""
        return self._call(self._lib.samen_engine_apply, command)

    def query(self, query):
        return self._call(self._lib.samen_engine_query, query)

    def export(self):
        """The whole state, as `load` takes it."""
        return self._answer(self._lib.samen_engine_export, self._live())

    def close(self):
        """Releases the engine; further calls raise ValueError. Closing twice is fine."""
        handle, self._handle = getattr(self, "_handle", None), None
        if handle is not None:
            self._lib.samen_engine_free(handle)

    @property
    def closed(self):
        return self._handle is None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):  # a backstop: close() or `with` frees at a known moment
        self.close()

    def _live(self):
        if self._handle is None:
            raise ValueError("samen engine is closed")
        return self._handle

    def _call(self, function, value):
        data = _encode(value)
        return self._answer(function, self._live(), data, len(data))

    def _answer(self, function, *args):
        out = ctypes.c_void_p()
        status = function(*args, ctypes.byref(out))
        try:
            text = ctypes.string_at(out.value) if out.value else None
        finally:
            self._lib.samen_string_free(out)
        answer = json.loads(text) if text else {}
        if status != Status.OK:
            raise SamenError(status, answer.get("fouten", []))
        return answer
