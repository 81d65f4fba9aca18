// what synth makes of enables and synchronous resets: $_DFFE_, $_SDFF_, $_SDFFE_, $_SDFFCE_
module sync (clk, rst, en, d, a, b, c, e);
  input clk, rst, en, d; output reg a = 0, b = 0, c = 1, e = 0;
  always @(posedge clk) begin
    if (en) a <= d;
    if (rst) b <= 0; else b <= d;
    if (rst) c <= 1; else if (en) c <= d;
    if (en) begin if (rst) e <= 0; else e <= ~d; end
  end
endmodule
