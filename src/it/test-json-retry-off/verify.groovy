// No rerun when it is turned off (-Dtracer.retry=false, <retry>false</retry>) or when -Dtracer.failed runs the
// previous failures: every test executes once, the flaky ones stay failed, and the document has no retry, no flaky
// and no summary.flaky, and its timing has no rerun.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def ENGINE = '[engine:junit-jupiter]'
def DISCOUNT = "${ENGINE}/[class:retry.CartTest]/[method:appliesDiscount()]".toString()
def RESERVES = "${ENGINE}/[class:retry.StockTest]/[method:reserves()]".toString()

def noRerun = { String run, Map doc ->
    assert !doc.containsKey('retry') && !doc.containsKey('flaky') && !doc.summary.containsKey('flaky'):
            "run ${run}: a rerun with the rerun turned off: retry ${doc.retry}, flaky ${doc.flaky}, summary ${doc.summary}"
    assert its.test(doc, 'retry.CartTest', 'appliesDiscount').state == 'failed'
    def timing = its.timing(doc, "run ${run}")
    assert timing.tests > 0 && timing.rerun == 0: "run ${run}: timing of a run without a rerun: ${timing}"
    assert its.test(doc, 'retry.StockTest', 'reserves').state == 'failed'
}

['1', '2'].each { run ->
    def doc = its.report(basedir, "target/tracer/run${run}.json")
    assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
            [total: 4, passed: 2, failed: 2, skipped: 0, invalid: 0, result: 'failed']: "run ${run}: summary is ${doc.summary}"
    noRerun(run, doc)
    def ran = its.executions(basedir, run)
    assert ran == ['retry.CartTest#appliesDiscount': 1, 'retry.CartTest#totals': 1, 'retry.StockTest#counts': 1, 'retry.StockTest#reserves': 1]:
            "run ${run}: executions ${ran}"
}

// 3: -Dtracer.failed runs exactly run 2's two failures, once (they fail again: their first execution in run 3).
def doc = its.report(basedir, 'target/tracer/run3.json')
assert doc.summary.subMap(['total', 'passed', 'failed', 'skipped', 'invalid', 'result']) ==
        [total: 2, passed: 0, failed: 2, skipped: 0, invalid: 0, result: 'failed']: "run 3: summary is ${doc.summary}"
assert doc.tests*.id as Set == [DISCOUNT, RESERVES] as Set
noRerun('3', doc)
def ran = its.executions(basedir, '3')
assert ran == ['retry.CartTest#appliesDiscount': 1, 'retry.StockTest#reserves': 1]: "run 3 (-Dtracer.failed): executions ${ran}"
return true
