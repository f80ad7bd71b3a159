// The retry ITs share retry.Runs (src/it/support/retry-common), which records executions, and these three share the
// all-flaky suite (src/it/support/retry-suite); both are copied in before the build.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
its.copyTree(new File(new File(itSupport).parentFile, 'retry-common'), basedir)
its.copyTree(new File(new File(itSupport).parentFile, 'retry-suite'), basedir)
return true
