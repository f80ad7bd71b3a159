def jdk = new File('/usr/lib/jvm/temurin-25-jdk-amd64')
if (!new File(jdk, 'bin/java').canExecute()) {
    println "test-json-cover-java25 skipped: no JDK 25 at ${jdk} (the compiler and Surefire of pom.xml use it)"
    return false
}
return true
