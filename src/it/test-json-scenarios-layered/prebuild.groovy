// The layered shop (src/it/support/layered-shop) is shared with test-json-scenarios-layered.
def its = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSupport))
its.copyTree(new File(new File(itSupport).parentFile, 'layered-shop'), basedir)
return true
