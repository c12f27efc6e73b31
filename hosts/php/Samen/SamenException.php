<?php

declare(strict_types=1);

namespace Samen;

/**
 * A call the engine could not evaluate: bad JSON, an unknown command, bad options, ...
 * (a refused command is an answer, not an exception). Carries the engine's `fouten`.
 */
final class SamenException extends \RuntimeException
{
    /** @param list<array{code: string, melding: string}> $fouten */
    public function __construct(public readonly Status $status, public readonly array $fouten)
    {
        $details = implode('; ', array_map(fn (array $f) => "{$f['code']}: {$f['melding']}", $fouten));
        parent::__construct("samen {$status->name}: " . ($details ?: 'no details'), $status->value);
    }

    /** @return list<string> the codes of the fouten, e.g. ['JSON-SYNTAX'] */
    public function codes(): array
    {
        return array_column($this->fouten, 'code');
    }
}
