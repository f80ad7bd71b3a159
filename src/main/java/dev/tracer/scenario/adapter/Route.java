package dev.tracer.scenario.adapter;

/**
 * A request mapping of a controller method, from {@code @RequestMapping}/{@code @GetMapping}... on the class and the
 * method.
 *
 * @param httpMethod {@code GET}, {@code POST}...; null when the mapping accepts any method
 * @param path       the full path template, class path + method path ({@code /owners/{ownerId}})
 * @param nodeId     the controller
 * @param method     the handler method
 */
public record Route(String httpMethod, String path, String nodeId, String method, int line) {

    /** True when a request (method, path or path template, query ignored) reaches this route. */
    public boolean matches(String requestMethod, String requestPath) {
        return score(requestMethod, requestPath) >= 0;
    }

    /**
     * How well a request matches: -1 when it does not; else the number of segments matched literally, so that
     * {@code /owners/new} prefers a literal {@code /owners/new} route over {@code /owners/{id}}. A request template's
     * variable ({@code get("/owners/{id}", 1)}) matches only a route variable.
     */
    public int score(String requestMethod, String requestPath) {
        if (httpMethod != null && requestMethod != null && !httpMethod.equalsIgnoreCase(requestMethod)) {
            return -1;
        }
        String[] mine = segments(path);
        String[] theirs = segments(requestPath);
        if (mine.length != theirs.length) {
            return -1;
        }
        int score = 0;
        for (int i = 0; i < mine.length; i++) {
            boolean routeVariable = mine[i].startsWith("{");
            boolean requestVariable = theirs[i].startsWith("{");
            if (requestVariable && !routeVariable) {
                return -1;
            }
            if (!routeVariable) {
                if (!mine[i].equals(theirs[i])) {
                    return -1;
                }
                score++;
            }
        }
        return score;
    }

    private static String[] segments(String path) {
        String p = path == null ? "" : path;
        int query = p.indexOf('?');
        if (query >= 0) {
            p = p.substring(0, query);
        }
        p = p.replaceAll("/+", "/");
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/");
    }

    @Override
    public String toString() {
        return (httpMethod == null ? "*" : httpMethod) + " " + path;
    }
}
