// The views ITs share one fixture suite (src/it/support/views-suite); it is copied into this project before the build.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
its.copyTree(new File(new File(itSupport).parentFile, 'views-suite'), basedir)
return true
