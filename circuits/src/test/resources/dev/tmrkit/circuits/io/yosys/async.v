module async (clk, rst, d, p);
  input clk, rst, d; output reg p;
  always @(posedge clk or posedge rst) if (rst) p <= 1; else p <= d;
endmodule
