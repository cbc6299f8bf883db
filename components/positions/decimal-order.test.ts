import { describe, expect, it } from "vitest";
import { decimalSortKey } from "./decimal-order";

const compare = (a: string, b: string) => (decimalSortKey(a) < decimalSortKey(b) ? -1 : decimalSortKey(a) > decimalSortKey(b) ? 1 : 0);

describe("sorting money exactly", () => {
  it("orders by magnitude, not by text", () => {
    expect(compare("9.00", "10.00")).toBe(-1);
    expect(compare("100000.00", "99999.99")).toBe(1);
    const amounts = ["10.00", "9.5", "0.10", "0.09", "9999999999999.99", "80000", "80000.01"];
    expect([...amounts].sort(compare)).toEqual(["0.09", "0.10", "9.5", "10.00", "80000", "80000.01", "9999999999999.99"]);
  });

  it("treats different scales and leading zeros as the same amount", () => {
    expect(compare("80000", "80000.00")).toBe(0);
    expect(compare("0.5", "000.50")).toBe(0);
  });

  it("tells apart amounts a float could not", () => {
    // 9007199254740993 is not representable as a double; as a key it still sorts above …992.
    expect(compare("9007199254740993.00", "9007199254740992.00")).toBe(1);
    expect(compare("1234567890123.00000001", "1234567890123")).toBe(1);
  });
});
