"use client";

import { useCallback, useMemo, useState } from "react";

/**
 * Values, local validation as you type, and server errors beside the field. A local error shows
 * once the field was left or the form submitted; a server error shows until that field changes.
 */
export function useFormFields<V extends object>(initial: V, validate: (v: V) => Record<string, string>) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [edited, setEdited] = useState<Record<string, boolean>>({});
  const [submitCount, setSubmitCount] = useState(0);
  const local = useMemo(() => validate(values), [validate, values]);

  const set = useCallback(<K extends keyof V>(field: K, value: V[K], errorKey: string = String(field)) => {
    setValues((v) => ({ ...v, [field]: value }));
    setEdited((e) => ({ ...e, [errorKey]: true }));
  }, []);
  const update = useCallback((next: (v: V) => V, errorKeys: string[]) => {
    setValues(next);
    setEdited((e) => ({ ...e, ...Object.fromEntries(errorKeys.map((k) => [k, true])) }));
  }, []);
  const touch = useCallback((errorKey: string) => setTouched((t) => (t[errorKey] ? t : { ...t, [errorKey]: true })), []);

  /** Marks a submit; true when the values pass local validation. */
  const submit = useCallback(() => {
    setSubmitCount((n) => n + 1);
    setEdited({});
    return Object.keys(local).length === 0;
  }, [local]);

  const errorFor = (key: string, server: Record<string, string>): string | undefined =>
    ((touched[key] || submitCount > 0) ? local[key] : undefined) ?? (edited[key] ? undefined : server[key]);

  return { values, set, update, touch, submit, submitCount, errorFor };
}

export type FormFields<V extends object> = ReturnType<typeof useFormFields<V>>;
