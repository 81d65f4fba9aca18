/**
 * Pictures of circuits: {@code render} through Graphviz (the native {@code dot} or the bundled V8
 * engine) and {@code report}, the self-contained HTML page.
 */
package dev.tmrkit.cli.render;
