/**
 * Plots of tmrkit's results with XChart, headless, written atomically as PNG or SVG chosen by the file
 * extension.
 */
package dev.tmrkit.cli.plot;
