// The retry ITs share retry.Runs (src/it/support/retry-common), which records executions; copied in before the build.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
its.copyTree(new File(new File(itSupport).parentFile, 'retry-common'), basedir)
return true
