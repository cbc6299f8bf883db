import { describe, expect, it } from "vitest";
import { ACCESS_LEVELS, allows, refusal, ROLES } from "./roles";

describe("what each role may do", () => {
  it("owners read, write and manage; editors read and write; viewers read", () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, ACCESS_LEVELS.filter((level) => allows(role, level))]));
    expect(table).toEqual({ owner: ["read", "write", "manage"], editor: ["read", "write"], viewer: ["read"] });
  });

  it("explains a refusal by the member's role", () => {
    expect(refusal("viewer", "write")).toMatch(/viewer .* read it but not change it/);
    expect(refusal("editor", "manage")).toMatch(/an editor .* only its owners manage members/);
    expect(refusal("viewer", "manage")).toMatch(/a viewer/);
  });
});
