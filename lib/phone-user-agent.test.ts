import { describe, expect, it } from "vitest";
import { isPhoneUserAgent } from "./phone-user-agent";

describe("isPhoneUserAgent", () => {
  it("knows phones from their user agents", () => {
    expect(isPhoneUserAgent("Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36")).toBe(true);
    expect(isPhoneUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe(true);
  });

  it("treats desktops, tablets and a missing header as wide", () => {
    expect(isPhoneUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36")).toBe(false);
    expect(isPhoneUserAgent("Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36")).toBe(false);
    expect(isPhoneUserAgent(null)).toBe(false);
  });
});
