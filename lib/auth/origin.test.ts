import { describe, expect, it } from "vitest";
import { isForeignOrigin, isSameOrigin, isStateChanging, safeNextPath, type RequestLike } from "./origin";

const req = (headers: Record<string, string>, url = "http://127.0.0.1:3100/api/imports"): RequestLike => ({
  method: "POST",
  url,
  headers: new Headers(headers),
});

describe("isSameOrigin", () => {
  it("accepts an Origin matching the Host", () => {
    expect(isSameOrigin(req({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }), "")).toBe(true);
  });
  it("rejects another origin, another port and a missing Origin", () => {
    expect(isSameOrigin(req({ host: "127.0.0.1:3100", origin: "https://evil.example" }), "")).toBe(false);
    expect(isSameOrigin(req({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3101" }), "")).toBe(false);
    expect(isSameOrigin(req({ host: "127.0.0.1:3100" }), "")).toBe(false);
    expect(isSameOrigin(req({ host: "127.0.0.1:3100", origin: "null" }), "")).toBe(false);
  });
  it("falls back to the Referer", () => {
    expect(isSameOrigin(req({ host: "keel.example.com", referer: "https://keel.example.com/settings" }), "")).toBe(true);
    expect(isSameOrigin(req({ host: "keel.example.com", referer: "https://keel.example.com.evil.io/x" }), "")).toBe(false);
  });
  it("refuses an http:// Origin when the public URL is https", () => {
    expect(isSameOrigin(req({ host: "keel.example.com", origin: "http://keel.example.com" }), "https://keel.example.com")).toBe(false);
    expect(isForeignOrigin(req({ host: "keel.example.com", origin: "http://keel.example.com" }), "https://keel.example.com")).toBe(true);
    expect(isSameOrigin(req({ host: "keel.example.com", origin: "https://keel.example.com" }), "https://keel.example.com")).toBe(true);
  });
  it("accepts BETTER_AUTH_URL's host behind a proxy that rewrites Host", () => {
    expect(isSameOrigin(req({ host: "localhost:3000", origin: "https://keel.example.com" }), "https://keel.example.com")).toBe(true);
  });
});

describe("isForeignOrigin", () => {
  it("refuses a write that declares another origin, or an unparseable one", () => {
    expect(isForeignOrigin(req({ host: "127.0.0.1:3100", origin: "https://evil.example" }), "")).toBe(true);
    expect(isForeignOrigin(req({ host: "127.0.0.1:3100", referer: "http://127.0.0.1:3101/import" }), "")).toBe(true);
    expect(isForeignOrigin(req({ host: "127.0.0.1:3100", origin: "null" }), "")).toBe(true);
  });
  it("lets our own pages and origin-less API clients through", () => {
    expect(isForeignOrigin(req({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }), "")).toBe(false);
    expect(isForeignOrigin(req({ host: "127.0.0.1:3100" }), "")).toBe(false);
  });
});

describe("isStateChanging", () => {
  it("treats everything but GET, HEAD and OPTIONS as a write", () => {
    expect(["POST", "PUT", "PATCH", "DELETE"].every(isStateChanging)).toBe(true);
    expect(["GET", "HEAD", "OPTIONS", "get"].some(isStateChanging)).toBe(false);
  });
});

describe("safeNextPath", () => {
  it("keeps same-origin paths with their query", () => {
    expect(safeNextPath("/cs?segment=SMB")).toBe("/cs?segment=SMB");
  });
  it("refuses anything that leaves the site", () => {
    for (const bad of [
      "//evil.com",
      "/\\evil.com",
      "https://evil.com",
      "javascript:alert(1)",
      "",
      null,
      "/sign-in?next=/x",
      "/\t/evil.com",
    ]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});
