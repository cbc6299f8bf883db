import { CallbackRouteError, CredentialsSignin } from "@auth/core/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "@/server/observability/logger";
import { authConfig, isWrongCredentials } from "./config";

afterEach(() => vi.restoreAllMocks());

describe("auth error logging", () => {
  it("recognises a wrong password by class and by @auth/core's `type`, not by the (minified) class name", () => {
    expect(isWrongCredentials(new CredentialsSignin())).toBe(true);
    class InvalidLogin extends CredentialsSignin {} // a subclass, or a minified class name
    expect(isWrongCredentials(new InvalidLogin())).toBe(true);
    // What a duplicated, minified copy of the class looks like: another class, another name, the same type.
    const copy = Object.assign(new Error("Read more at https://errors.authjs.dev#credentialssignin"), { name: "e", type: "CredentialsSignin" });
    expect(isWrongCredentials(copy)).toBe(true);
    expect(isWrongCredentials(new CallbackRouteError("db down"))).toBe(false);
    expect(isWrongCredentials(Object.assign(new Error("x"), { name: "CredentialsSignin" }))).toBe(false);
  });

  it("logs nothing at error level for a wrong password, and logs other auth errors", () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const minified = new CredentialsSignin();
    minified.name = "t"; // as the production bundle names it
    authConfig.logger.error(minified);
    expect(error).not.toHaveBeenCalled();
    authConfig.logger.error(new CallbackRouteError("db down"));
    expect(error).toHaveBeenCalledTimes(1);
  });
});
