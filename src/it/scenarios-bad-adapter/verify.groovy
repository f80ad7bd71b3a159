// A misspelled adapter name fails the goal before any extraction, naming the property, the adapters and the fix.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = "<adapters> (-Dtracer.adapters) names 'mokito', which is no adapter. Adapters: mockito, spring-mvc," +
        " assertions, repository, production. Fix the name (prefix it with - to disable that adapter), or add the" +
        " jar that provides it to the plugin's <dependencies>."
assert log.contains(expected): "no such message in the build log:\n${log}"
assert !new File(basedir, 'target/tracer/scenarios.json').exists(): 'a report was written'
return true
