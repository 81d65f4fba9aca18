/**
 * {@code tmrkit tmr} and the TMR options ({@code --voters}, {@code --scope}, ...) that other commands
 * share when they triplicate a circuit on the fly.
 */
package dev.tmrkit.cli.tmr;
