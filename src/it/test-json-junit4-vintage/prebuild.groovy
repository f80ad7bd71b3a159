// The JUnit 4 ITs run one legacy suite on different Surefire paths (src/it/support/junit4-suite); it is copied into
// this project before the build, beside this IT's own Jupiter test.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
its.copyTree(new File(new File(itSupport).parentFile, 'junit4-suite'), basedir)
return true
