// The age label as rendered beside a source (compare table, key facts, products, all facts).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SourceLink } from "./source-ref";

const TODAY = "2026-12-04";
const text = (asOf: string | null) =>
  renderToStaticMarkup(createElement(SourceLink, { source: "http://chain.link/block-stories/episode-1", asOf, today: TODAY })).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("a source with its fact's age", () => {
  it("shows the date and age, and a Stale badge after 18 months", () => {
    expect(text("2022-06-01")).toBe("chain.link (source, opens in a new tab) as of 1 Jun 2022 · 4 years old Stale (older than 18 months)");
    expect(text("2026-07-29")).toBe("chain.link (source, opens in a new tab) as of 29 Jul 2026 · 4 months old");
  });

  it("marks an undated fact as undated, not with an age", () => {
    expect(text("undated (docs snapshot)")).toBe("chain.link (source, opens in a new tab) undated (docs snapshot)");
    expect(text(null)).toBe("chain.link (source, opens in a new tab) undated");
  });
});
