// Only the IT's root POM is filtered: give the adapter and app POMs the plugin version under test.
import groovy.xml.XmlSlurper

def version = new XmlSlurper().parse(new File(basedir, 'pom.xml')).properties.'tracer.version'.text()
assert version && !version.contains('@'): "no plugin version in the root POM: ${version}"
['adapter/pom.xml', 'app/pom.xml'].each { path ->
    def file = new File(basedir, path)
    file.setText(file.getText('UTF-8').replace('@project.version@', version), 'UTF-8')
}
return true
