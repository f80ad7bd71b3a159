// The TestNG ITs run one suite (src/it/support/testng-suite) on both of Surefire's TestNG paths, and share
// retry.Runs (src/it/support/retry-common), which records executions; both are copied in before the build.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def support = new File(itSupport).parentFile
its.copyTree(new File(support, 'retry-common'), basedir)
its.copyTree(new File(support, 'testng-suite'), basedir)
return true
