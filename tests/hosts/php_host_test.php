<?php
// The PHP host (hosts/php/Samen, FFI) on a real libsamen.so: the membership and usage journey
// of its example, the class's error paths and clean-up, and the example's transcript.
//
// Which library and samen_ffi.h: $SAMEN_PREFIX (or $SAMEN_LIBRARY and $SAMEN_FFI_HEADER), see
// Engine.php. Which class and example: $SAMEN_PHP_DIR (the installed share/samen/php), else
// hosts/php of this checkout. Tests marked [usage] need the command gebruik.registreren.
// Prints one TAP line per test; exits 1 if any failed.

declare(strict_types=1);

$root = dirname(__DIR__, 2);
$phpDir = getenv('SAMEN_PHP_DIR') ?: "$root/hosts/php";
require_once "$phpDir/Samen/Status.php";
require_once "$phpDir/Samen/SamenException.php";
require_once "$phpDir/Samen/Engine.php";

use Samen\Engine;
use Samen\SamenException;
use Samen\Status;

const CATALOGUS = __DIR__ . '/../../examples/catalogus.json';
const NOORD = ['organisatie' => 'sw-noord', 'rollen' => ['gebruik-beheerder']];
const HOUTEN = ['organisatie' => 'g-houten', 'rollen' => ['gebruik-beheerder']];

function command(string $opdracht, array $actor, string $tijdstip, array $gegevens): array
{
    return ['opdracht' => $opdracht, 'actor' => $actor, 'tijdstip' => $tijdstip, 'gegevens' => $gegevens];
}

function declare_houten(): array
{
    return command('lidmaatschap.aangeven', HOUTEN, '2026-11-02T09:00:00Z',
        ['id' => 'l-houten-noord', 'samenwerking' => 'sw-noord', 'lid' => 'g-houten']);
}

function confirm_houten(): array
{
    return command('lidmaatschap.bevestigen', NOORD, '2026-11-03T09:00:00Z', ['id' => 'l-houten-noord']);
}

function usage_for(array $deelnemers): array
{
    return command('gebruik.registreren', NOORD, '2026-11-04T09:00:00Z', ['id' => 'u-noord-portaal',
        'afnemer' => 'sw-noord', 'module' => 'm-portaal', 'status' => 'In productie', 'deelnemers' => $deelnemers]);
}

function loaded(array|string|null $options = null): Engine
{
    $engine = new Engine($options);
    $engine->load(file_get_contents(CATALOGUS));
    return $engine;
}

function by_id(array $objects, string $id): array
{
    foreach ($objects as $object) {
        if ($object['id'] === $id) {
            return $object;
        }
    }
    throw new AssertionError("no object $id");
}

function codes(array $result): array
{
    return array_column($result['meldingen'], 'code');
}

function expect(bool $condition, string $what): void
{
    if (!$condition) {
        throw new AssertionError($what);
    }
}

function throws(callable $call): SamenException
{
    try {
        $call();
    } catch (SamenException $error) {
        return $error;
    }
    throw new AssertionError('no SamenException');
}

function resident_bytes(): int
{
    return (int) explode(' ', file_get_contents('/proc/self/statm'))[1] * 4096;
}

$tests = [
    'membership: declared, then confirmed by the samenwerking, active and linked' => function () {
        $engine = loaded();
        $declared = $engine->apply(declare_houten());
        expect($declared['toegestaan'] && $declared['wijzigingen'][0]['object']['status'] === 'aangevraagd', 'declared');
        expect($engine->apply(confirm_houten())['toegestaan'], 'confirmed');
        $state = $engine->export();
        expect(by_id($state['lidmaatschappen'], 'l-houten-noord')['status'] === 'actief', 'active');
        expect(in_array('g-houten', by_id($state['organisaties'], 'sw-noord')['deelnemers'], true), 'linked');
        $leden = $engine->query(['vraag' => 'leden', 'actor' => NOORD, 'gegevens' => ['samenwerking' => 'sw-noord']]);
        expect(in_array(['g-houten', 'actief'], array_map(fn ($l) => [$l['lid'], $l['status']], $leden['leden']), true), 'leden');
    },
    'membership: a samenwerking adding a member is refused with LID-003 and changes nothing' => function () {
        $engine = loaded();
        $before = $engine->export();
        $result = $engine->apply(command('lidmaatschap.aangeven', NOORD, '2026-11-03T10:00:00Z',
            ['id' => 'l-bunnik-noord', 'samenwerking' => 'sw-noord', 'lid' => 'g-bunnik']));
        expect(!$result['toegestaan'] && codes($result) === ['LID-003'], 'LID-003');
        expect($result['meldingen'][0]['pad'] === '/gegevens/lid' && $result['wijzigingen'] === [], 'pad, no changes');
        expect($engine->export() === $before, 'state unchanged');
    },
    'check is a dry run' => function () {
        $engine = loaded();
        $before = $engine->export();
        $result = $engine->check(declare_houten());
        expect($result['toegestaan'] && count($result['wijzigingen']) === 1, 'would be allowed');
        expect($engine->export() === $before, 'state unchanged');
    },
    '[usage] usage registered for members is allowed and exported' => function () {
        $engine = loaded();
        $engine->apply(declare_houten());
        $engine->apply(confirm_houten());
        $result = $engine->apply(usage_for(['g-utrecht', 'g-houten']));
        expect($result['toegestaan'], json_encode($result));
        $usage = by_id($engine->export()['gebruik'], 'u-noord-portaal');
        expect($usage['afnemer'] === 'sw-noord' && $usage['deelnemers'] === ['g-utrecht', 'g-houten'], 'exported');
    },
    '[usage] usage for a non-member is refused with GEBR-004' => function () {
        $engine = loaded();
        $result = $engine->apply(usage_for(['g-bunnik']));
        expect(!$result['toegestaan'] && in_array('GEBR-004', codes($result), true), json_encode($result));
    },
    'unevaluable input throws SamenException with the fouten and changes nothing' => function () {
        $engine = loaded();
        $before = $engine->export();
        $error = throws(fn () => $engine->apply('{geen json'));
        expect($error->status === Status::ErrInput && $error->getCode() === 2, 'status');
        expect($error->codes() === ['JSON-SYNTAX'], 'JSON-SYNTAX');
        expect(throws(fn () => $engine->apply(['opdracht' => 'bestaat.niet']))->codes() === ['OPDRACHT-ONBEKEND'], 'unknown');
        expect($engine->export() === $before, 'state unchanged');
    },
    'bad options throw OPTIES' => function () {
        expect(throws(fn () => new Engine(['beleid' => ['onbekend' => true]]))->codes() === ['OPTIES'], 'OPTIES');
    },
    'options reach the engine' => function () {
        $english = loaded(['taal' => 'en']);
        expect($english->options['taal'] === 'en', 'taal');
        $refusal = command('lidmaatschap.aangeven', NOORD, '2026-11-03T10:00:00Z',
            ['id' => 'l-x', 'samenwerking' => 'sw-noord', 'lid' => 'g-bunnik']);
        expect($english->apply($refusal)['meldingen'][0]['melding'] !== loaded()->apply($refusal)['meldingen'][0]['melding'], 'english');
    },
    'non-ASCII input is passed by its UTF-8 length' => function () {
        $engine = loaded();
        $reden = 'Fusie — gemeenten Zeist én Houten: ‘één’ organisatie';
        $result = $engine->apply(command('lidmaatschap.beeindigen', NOORD, '2026-11-20T16:00:00Z',
            ['id' => 'sw-noord~g-utrecht', 'reden' => $reden]));
        expect($result['toegestaan'], json_encode($result));
        expect(by_id($engine->export()['lidmaatschappen'], 'sw-noord~g-utrecht')['reden'] === $reden, 'reden');
    },
    'an engine is freed when the object goes away' => function () {
        $state = file_get_contents(CATALOGUS);
        $start = resident_bytes();
        for ($i = 0; $i < 500; $i++) {  // about 40 MB if __destruct leaked them
            $engine = new Engine();
            $engine->load($state);
            $engine = null;
        }
        $grown = resident_bytes() - $start;
        expect($grown < 10_000_000, "resident memory grew by $grown bytes");
    },
    'version and ABI' => function () {
        expect(preg_match('/^\d+\.\d+\.\d+$/', Engine::version()) === 1, 'version');
    },
    '[usage] the example prints the expected transcript' => function () use ($phpDir) {
        $command = [PHP_BINARY, '-d', 'ffi.enable=1', "$phpDir/journey.php", CATALOGUS];
        $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $stdout = stream_get_contents($pipes[1]);
        $stderr = stream_get_contents($pipes[2]);
        $status = proc_close($process);
        expect($stderr === '', "stderr: $stderr");
        expect($stdout === file_get_contents(__DIR__ . '/journey.expected'), "transcript:\n$stdout");
        expect($status === 0, "exit $status");
    },
];

$failed = 0;
echo '1..' . count($tests) . "\n";
foreach (array_keys($tests) as $number => $name) {
    try {
        $tests[$name]();
        echo 'ok ' . ($number + 1) . " - $name\n";
    } catch (Throwable $error) {
        $failed++;
        echo 'not ok ' . ($number + 1) . " - $name\n  # " . str_replace("\n", "\n  # ", $error->getMessage()) . "\n";
    }
}
exit($failed === 0 ? 0 : 1);
