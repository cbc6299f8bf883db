import type { MouseEvent } from "react";

/**
 * On a submit button's mousedown: keep focus in the field, so its blur does not show a
 * message that pushes the button away before the click lands (the click would be lost).
 */
export function keepFocus(e: MouseEvent): void {
  e.preventDefault();
}
