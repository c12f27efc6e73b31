<?php
// The membership and usage journey of the catalogue, through libsamen.so from PHP.
// Run: php journey.php path/to/catalogus.json   (docs/hosts/php.md)

declare(strict_types=1);

require_once __DIR__ . '/Samen/Status.php';
require_once __DIR__ . '/Samen/SamenException.php';
require_once __DIR__ . '/Samen/Engine.php';

use Samen\Engine;
use Samen\SamenException;

const NOORD = ['organisatie' => 'sw-noord', 'rollen' => ['gebruik-beheerder']];
const HOUTEN = ['organisatie' => 'g-houten', 'rollen' => ['gebruik-beheerder']];

function command(string $opdracht, array $actor, string $tijdstip, array $gegevens): array
{
    return ['opdracht' => $opdracht, 'actor' => $actor, 'tijdstip' => $tijdstip, 'gegevens' => $gegevens];
}

$journey = [
    // Houten declares its membership of the samenwerking; the samenwerking confirms it.
    command('lidmaatschap.aangeven', HOUTEN, '2026-11-02T09:00:00Z',
        ['id' => 'l-houten-noord', 'samenwerking' => 'sw-noord', 'lid' => 'g-houten']),
    command('lidmaatschap.bevestigen', NOORD, '2026-11-03T09:00:00Z', ['id' => 'l-houten-noord']),
    // A samenwerking cannot add members itself: refused with LID-003, nothing changes.
    command('lidmaatschap.aangeven', NOORD, '2026-11-03T10:00:00Z',
        ['id' => 'l-bunnik-noord', 'samenwerking' => 'sw-noord', 'lid' => 'g-bunnik']),
    // The samenwerking registers usage once, on behalf of two of its members.
    command('gebruik.registreren', NOORD, '2026-11-04T09:00:00Z', ['id' => 'u-noord-portaal', 'afnemer' => 'sw-noord',
        'module' => 'm-portaal', 'status' => 'In productie', 'deelnemers' => ['g-utrecht', 'g-houten']]),
];

function report(string $opdracht, array $result): void
{
    if ($result['toegestaan']) {
        $changed = array_map(fn (array $w) => "{$w['soort']} {$w['object']['id']}", $result['wijzigingen']);
        echo "$opdracht: toegestaan (" . implode(', ', $changed) . ")\n";
    } else {
        $fouten = array_filter($result['meldingen'], fn (array $m) => $m['ernst'] === 'fout');
        echo "$opdracht: geweigerd (" . implode(', ', array_map(fn (array $m) => "{$m['code']} {$m['pad']}", $fouten)) . ")\n";
    }
}

if ($argc !== 2) {
    fwrite(STDERR, "usage: journey.php CATALOGUS.json\n");
    exit(1);
}

$engine = new Engine();
$counts = $engine->load(file_get_contents($argv[1]))['geladen'];
echo "geladen: {$counts['organisaties']} organisaties, {$counts['lidmaatschappen']} lidmaatschappen\n";

foreach ($journey as $step) {
    report($step['opdracht'], $engine->apply($step));
}

$leden = $engine->query(['vraag' => 'leden', 'actor' => NOORD, 'gegevens' => ['samenwerking' => 'sw-noord']]);
echo 'leden van sw-noord: ' . implode(', ', array_map(fn (array $l) => "{$l['lid']} ({$l['status']})", $leden['leden'])) . "\n";

// What the host persists: the whole state (or, per command, its wijzigingen).
foreach ($engine->export()['gebruik'] as $gebruik) {
    $voor = implode(', ', $gebruik['deelnemers'] ?? []) ?: $gebruik['afnemer'];
    echo "gebruik {$gebruik['id']}: {$gebruik['module']} voor $voor\n";
}

try {
    $engine->apply('{geen json');
} catch (SamenException $error) {
    echo 'niet te evalueren: ' . implode(', ', $error->codes()) . " (status {$error->status->value})\n";
}
