// The rendered site (mvn site, also run by every build in the package phase) has no broken internal link: every
// relative href or src of every page names a file of the site, and every #fragment an id or name on that page.
// The pages the site must have are there, and each goal's reference page gives every parameter's -D property.
import java.nio.file.Files
import java.nio.file.Path

Path site = new File(siteDirectory).toPath().toRealPath()
assert Files.isRegularFile(site.resolve('index.html')): "no site rendered in ${site}"

def pages = []
Files.walk(site).withCloseable { s -> s.filter { it.toString().endsWith('.html') }.forEach { pages << it } }

def required = ['index.html', 'usage.html', 'faq.html', 'schemas.html', 'plugin-info.html', 'test-json-mojo.html',
                'help-mojo.html', 'examples/json-views.html', 'examples/retry.html', 'examples/coordinated-requests.html', 'examples/coverage.html', 'examples/flight-recorder.html', 'examples/html-report.html', 'report-mojo.html', 'images/report-example.png', 'scenarios.html',
                'schema/test-document.schema.json', 'schema/compact-line.schema.json', 'schema/stream-event.schema.json']
required << 'schema/scenario-report.schema.json'
required << 'schema/stdout-document.schema.json'
def missing = required.findAll { !Files.isRegularFile(site.resolve(it)) }
assert missing.isEmpty(): "the site lacks ${missing}"

def anchorsOf = [:].withDefault { Path page ->
    def text = Files.readString(page)
    ((text =~ /\s(?:id|name)="([^"]+)"/).collect { it[1] }) as Set
}
def broken = []
int checked = 0
for (Path page : pages.sort()) {
    String text = Files.readString(page)
    (text =~ /\s(?:href|src)="([^"]*)"/).each { match ->
        String link = match[1].replace('&amp;', '&')
        if (link.isEmpty() || link ==~ /^[a-zA-Z][a-zA-Z0-9+.-]*:.*/ || link.startsWith('//')) {
            return // absolute (https:, mailto:, javascript:): not ours to check offline
        }
        String path = link.contains('#') ? link.substring(0, link.indexOf('#')) : link
        String fragment = link.contains('#') ? link.substring(link.indexOf('#') + 1) : null
        path = path.contains('?') ? path.substring(0, path.indexOf('?')) : path
        Path target = path.isEmpty() ? page : page.parent.resolve(URLDecoder.decode(path, 'UTF-8')).normalize()
        checked++
        if (!target.startsWith(site) || !Files.exists(target)) {
            broken << "${site.relativize(page)}: ${link} (no such file)"
        } else if (fragment && target.toString().endsWith('.html') && !(fragment in anchorsOf[target])) {
            broken << "${site.relativize(page)}: ${link} (no id \"${fragment}\" on ${site.relativize(target)})"
        }
    }
}
assert broken.isEmpty(): "broken links in the site:\n  ${broken.unique().join('\n  ')}"
assert checked > 50: "only ${checked} internal links found in ${pages.size()} pages: is the site complete?"

// The goal reference gives every parameter of every goal its -D property, its default and the version it came in.
def goalPages = pages.findAll { it.fileName.toString().endsWith('-mojo.html') && it.fileName.toString() != 'help-mojo.html' }
assert goalPages: "no goal pages (*-mojo.html) in ${site}"
def undocumented = []
int parameters = 0
goalPages.each { Path page ->
    def sections = Files.readString(page).split(/<h3>&lt;/).drop(1)
    sections.each { String section ->
        String name = section.substring(0, section.indexOf('&gt;'))
        parameters++
        def lacks = []
        if (!section.contains('<strong>User Property</strong>')) lacks << 'a -D property'
        if (!(section =~ /<strong>Since<\/strong>: <code>\d/)) lacks << '@since'
        if (!section.contains('<strong>Default</strong>') && !(section =~ /Default:\s/)) lacks << 'a default'
        if (lacks) undocumented << "${page.fileName}: <${name}> lacks ${lacks.join(', ')}"
    }
}
assert undocumented.isEmpty(): "the goal reference is incomplete:\n  ${undocumented.join('\n  ')}"
assert parameters >= 13: "only ${parameters} parameters found on ${goalPages*.fileName}"
println "site-links: ${pages.size()} pages, ${checked} internal links, ${parameters} parameters checked"
return true
