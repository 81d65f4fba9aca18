/**
 * EDIF 2 0 0 netlists: {@link dev.tmrkit.circuits.io.edif.EdifWriter} writes a netlist as one top cell of instances
 * of a small generic cell library, with EDIF {@code rename} for every name that is not an EDIF identifier and
 * properties such as {@code DONT_TOUCH} from a caller's function; {@link dev.tmrkit.circuits.io.edif.EdifReader}
 * reads that and the Vivado/SpyDrNet-style subset (hierarchical cells flattened, arrays and members, Xilinx LUTs,
 * flip-flops, buffers and constants). S-expressions are read by {@link dev.tmrkit.circuits.io.edif.SExpr}.
 */
package dev.tmrkit.circuits.io.edif;
