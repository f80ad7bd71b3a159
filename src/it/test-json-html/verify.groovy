// report.html on a real failing run: written beside report.json by default, not at all with -Dtracer.html=false.
// The page is self-contained (no network), and its summary and failures are plain HTML.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def runs = its.invocations(its.buildLog(basedir), 2)

// 1: -Dtracer.html=false -Dtracer.output=target/nohtml/report.json: the document, no page.
def doc = its.report(basedir, 'target/nohtml/report.json', [all: true])
assert doc.summary.result == 'failed'
assert !new File(basedir, 'target/nohtml/report.html').exists(): '-Dtracer.html=false still wrote report.html'
assert its.lineContaining(runs[0], '[ERROR] Failed to execute goal').contains(
        'There are test failures: 4 failed, 0 invalid of 8 tests. Report: target/nohtml/report.json')

// 2: the default: target/tracer/report.html beside target/tracer/report.json.
doc = its.report(basedir, 'target/tracer/report.json', [all: true])
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'flaky', 'result']) ==
        [total: 8, passed: 3, failed: 4, skipped: 1, flaky: 1, result: 'failed']
assert its.lineContaining(runs[1], '[ERROR] Failed to execute goal').contains(
        'There are test failures: 4 failed, 0 invalid of 8 tests. Report: target/tracer/report.json')
def page = new File(basedir, 'target/tracer/report.html')
assert page.isFile(): 'no target/tracer/report.html'
def html = page.getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
// Self-contained: inline style and script only, nothing fetched.
assert !(html =~ /(?i)<(script|link|img|iframe)[^>]*\s(src|href)\s*=\s*["']?(https?:)?\/\//): 'the page loads something'
assert !html.contains('<link rel="stylesheet"')
// The summary and the failures read without the script: they come before it.
def plain = html.substring(0, html.indexOf('<script'))
assert plain.contains('<p class="verdict failed" role="status"><strong>✗ Failed</strong> 4 of 8 tests failed</p>')
['discountStartsAtOneHundred()', 'receiptListsEveryItem()', 'refundCannotExceedTheTotal()', '[2] poison'].each {
    assert plain.contains("<span class=\"name\">${it}</span>"): "${it} is not among the failures"
}
assert plain.contains('<del>− <mark>9</mark>000</del>') && plain.contains('<ins>+ <mark>10</mark>000</ins>')
assert plain.contains('<span class="line failing">23 ▶         assertEquals(9_000, cart.totalCents());</span>')
assert plain.contains('✗ failed here'): 'no failing step marked'
assert plain.contains('Flight recorder'): 'no trace for the traced test'
assert plain.contains('passesOnTheSecondTry()') && plain.contains('Rerun: passed')
assert plain.contains('currency support is not written yet')
assert plain.contains('<th scope="row">shop.Cart')
// Every test is in the script's list.
assert html.contains('<script type="application/json" id="tracer-data">{"rows":[')
