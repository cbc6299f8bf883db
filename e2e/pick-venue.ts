import { expect, type Locator } from "@playwright/test";

/** The venue combobox of a position form. */
export const venueBox = (scope: Locator) => scope.getByRole("combobox", { name: "Venue" });

/**
 * Types into the venue picker and takes the highlighted best match with Enter once the list
 * for that text is shown; `name` (the catalog name expected) is checked in the field after.
 */
export async function pickVenue(scope: Locator, typed: string, name?: string): Promise<void> {
  const box = venueBox(scope);
  await box.fill(typed);
  const list = scope.getByRole("listbox", { name: "Venue suggestions" });
  await expect(list).toBeVisible();
  await expect(list).not.toHaveAttribute("aria-busy", "true");
  await box.press("Enter");
  await expect(list).toBeHidden();
  if (name) await expect(box).toHaveValue(name);
}
