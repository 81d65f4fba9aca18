// a 2-bit register with initial value 10, a toggle with initial value 1, vectors and escaped names
module \top-1 (clk, \1 , b, \$tmr$x , q);
  input clk; input \1 ; input [3:0] b; output \$tmr$x ; output [1:0] q;
  reg [1:0] r = 2'b10;
  reg s;
  initial s = 1'b1;
  always @(posedge clk) begin r <= {b[0] & \1 , b[1]}; s <= ~s; end
  assign q = r ^ {s, s};
  assign \$tmr$x = b[3];
endmodule
