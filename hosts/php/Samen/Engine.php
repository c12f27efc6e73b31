<?php

declare(strict_types=1);

namespace Samen;

use FFI;
use FFI\CData;

/**
 * The collaboration rules engine of the GEMMA Softwarecatalogus, through its C ABI
 * (libsamen.so) with PHP's FFI. One engine holds options and an in-memory catalogue state;
 * it is released when the object goes away.
 *
 * Every method answers with the engine's decoded JSON (a refused command is an answer with
 * 'toegestaan' => false); a call that could not be evaluated throws SamenException. Inputs are
 * JSON strings or arrays (give an empty object as new \stdClass(), not []).
 *
 * The library and samen_ffi.h are found, in this order: the constructor's arguments;
 * $SAMEN_LIBRARY and $SAMEN_FFI_HEADER; $SAMEN_PREFIX/lib and /include (default prefix
 * /usr/local, then /usr); for the library, the system loader (ldconfig, LD_LIBRARY_PATH).
 */
final class Engine
{
    public const SUPPORTED_ABI = 1;
    private const LIBRARY_NAME = 'libsamen.so.' . self::SUPPORTED_ABI;

    /** @var array<string, FFI> one binding per library, shared by all engines */
    private static array $bindings = [];

    private FFI $ffi;
    private ?CData $handle = null;
    /** The effective options (spec §7), with every default filled in. */
    public readonly array $options;

    public function __construct(array|string|null $options = null, ?string $library = null, ?string $header = null)
    {
        $this->ffi = self::bind($library, $header);
        $handle = $this->ffi->new('samen_engine*');
        $json = $options === null ? null : self::encode($options);
        $this->options = $this->call(fn (CData $out) => $this->ffi->samen_engine_new(
            $json, $json === null ? 0 : strlen($json), FFI::addr($handle), $out));
        $this->handle = $handle;
    }

    public function __destruct()
    {
        if ($this->handle !== null) {
            $this->ffi->samen_engine_free($this->handle);
            $this->handle = null;
        }
    }

    /** Replaces the whole state; answers the counts per kind ('geladen'). */
    public function load(array|string $state): array
    {
        return $this->withInput($state, fn ($in, $len, $out) => $this->ffi->samen_engine_load($this->handle, $in, $len, $out));
    }

    /** Evaluates a command without performing it (a dry run): 'toegestaan', 'meldingen', 'wijzigingen'. */
    public function check(array|string $command): array
    {
        return $this->withInput($command, fn ($in, $len, $out) => $this->ffi->samen_engine_check($this->handle, $in, $len, $out));
    }

    /** Evaluates a command and, if allowed, performs it; the host persists the 'wijzigingen'. */
    public function apply(array|string $command): array
    {
        return $this->withInput($command, fn ($in, $len, $out) => $this->ffi->samen_engine_apply($this->handle, $in, $len, $out));
    }

    public function query(array|string $query): array
    {
        return $this->withInput($query, fn ($in, $len, $out) => $this->ffi->samen_engine_query($this->handle, $in, $len, $out));
    }

    /** The whole state, as load() takes it. */
    public function export(): array
    {
        return $this->call(fn (CData $out) => $this->ffi->samen_engine_export($this->handle, $out));
    }

    /** The library version, "major.minor.patch". */
    public static function version(?string $library = null, ?string $header = null): string
    {
        return self::bind($library, $header)->samen_version();
    }

    private function withInput(array|string $value, callable $invoke): array
    {
        $json = self::encode($value);
        return $this->call(fn (CData $out) => $invoke($json, strlen($json), $out));
    }

    /** Runs one C call with a char** out, takes the string it hands out, frees it, decodes it. */
    private function call(callable $invoke): array
    {
        $out = $this->ffi->new('char*');
        $status = $invoke(FFI::addr($out));
        try {
            $text = FFI::isNull($out) ? null : FFI::string($out);
        } finally {
            $this->ffi->samen_string_free($out);
        }
        $answer = $text === null ? [] : json_decode($text, true, 512, JSON_THROW_ON_ERROR);
        if ($status !== Status::Ok->value) {
            throw new SamenException(Status::tryFrom($status) ?? Status::ErrInternal, $answer['fouten'] ?? []);
        }
        return $answer;
    }

    private static function encode(array|string $value): string
    {
        return is_string($value) ? $value : json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    }

    private static function bind(?string $library, ?string $header): FFI
    {
        $prefixes = getenv('SAMEN_PREFIX') ? [getenv('SAMEN_PREFIX')] : ['/usr/local', '/usr'];
        $header ??= getenv('SAMEN_FFI_HEADER') ?: self::firstFile($prefixes, 'include/samen_ffi.h');
        $library ??= getenv('SAMEN_LIBRARY') ?: (self::firstFile($prefixes, 'lib/' . self::LIBRARY_NAME) ?? self::LIBRARY_NAME);
        if ($header === null || !is_file($header)) {
            throw new \RuntimeException('samen_ffi.h not found; set SAMEN_PREFIX or SAMEN_FFI_HEADER');
        }
        $key = $library . "\0" . $header;
        if (!isset(self::$bindings[$key])) {
            $ffi = FFI::cdef(file_get_contents($header), $library);
            if ($ffi->samen_abi_version() !== self::SUPPORTED_ABI) {
                throw new \RuntimeException("$library has samen ABI {$ffi->samen_abi_version()}; this class speaks ABI " . self::SUPPORTED_ABI);
            }
            self::$bindings[$key] = $ffi;
        }
        return self::$bindings[$key];
    }

    private static function firstFile(array $prefixes, string $relative): ?string
    {
        foreach ($prefixes as $prefix) {
            if (is_file("$prefix/$relative")) {
                return "$prefix/$relative";
            }
        }
        return null;
    }
}
