// Runs only where a JDK 25 is installed at the path invoker.properties gives Maven as JAVA_HOME. The JDKs that
// update-alternatives lists are shown when it is missing, to say what there is instead.
def home = new File('/usr/lib/jvm/temurin-25-jdk-amd64')
def release = new File(home, 'release')
if (release.isFile() && release.getText('UTF-8') =~ /JAVA_VERSION="25/) {
    return true
}
def listed = ''
try {
    listed = ['update-alternatives', '--list', 'java'].execute().text.trim().replace('\n', ', ')
} catch (Exception e) {
    listed = "update-alternatives failed: ${e.message}"
}
println "[WARNING] test-json-scenarios-java25 is skipped: no JDK 25 at ${home} (JAVA_HOME in invoker.properties). " +
        "update-alternatives --list java: ${listed ?: 'nothing'}"
return false
