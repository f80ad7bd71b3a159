// The JUnit 4 ITs run one legacy suite on different Surefire paths (src/it/support/junit4-suite, plus the
// class-setup cases in junit4-class-setup); it is copied into this project before the build.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
def support = new File(itSupport).parentFile
its.copyTree(new File(support, 'junit4-suite'), basedir)
its.copyTree(new File(support, 'junit4-class-setup'), basedir)
return true
