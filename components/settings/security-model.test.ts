import { describe, expect, it } from "vitest";
import { sessionEndReason } from "./session-end";
import { confirmsEmail, validatePasswordChange } from "./security-model";

describe("security forms", () => {
  it("checks a password change by the sign-up rules, beside each field", () => {
    expect(validatePasswordChange({ currentPassword: "", newPassword: "short" })).toEqual({
      currentPassword: "Enter your current password", newPassword: "Use at least 10 characters",
    });
    expect(validatePasswordChange({ currentPassword: "a-long-password", newPassword: "a-long-password" }))
      .toEqual({ newPassword: "Choose a password different from your current one." });
    expect(validatePasswordChange({ currentPassword: "old", newPassword: "a-new-long-password" })).toEqual({});
  });

  it("deletion is confirmed only by the account's email", () => {
    expect(confirmsEmail(" Ada@Example.com ", "ada@example.com")).toBe(true);
    expect(confirmsEmail("ada@example.co", "ada@example.com")).toBe(false);
    expect(confirmsEmail("", "ada@example.com")).toBe(false);
  });

  it("the sign-in page shows only known reasons", () => {
    expect(sessionEndReason("password-changed")).toBe("password-changed");
    expect(sessionEndReason("toString")).toBeNull();
    expect(sessionEndReason("<script>")).toBeNull();
    expect(sessionEndReason(undefined)).toBeNull();
  });
});
