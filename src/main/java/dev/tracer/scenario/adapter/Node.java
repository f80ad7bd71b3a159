package dev.tracer.scenario.adapter;

/**
 * A production type of the module (main sources): the thing a step goes to.
 *
 * @param id   the binary class name ({@code petclinic.owner.OwnerController}, {@code a.Outer$Inner})
 * @param name the simple name
 * @param kind {@code class}, {@code interface}, {@code record}, {@code enum} or {@code annotation}
 * @param type what its annotations or supertypes make it: {@code controller}, {@code service}, {@code repository},
 *             {@code entity}, {@code component}, {@code configuration}; else the same as {@code kind}
 * @param file its source file, relative to the directory Maven ran in
 * @param line the line of its name
 */
public record Node(String id, String name, String kind, String type, String file, int line) {
}
