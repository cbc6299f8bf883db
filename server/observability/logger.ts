import pino from "pino";

/**
 * One structured JSON logger for the server. Inputs and bodies are never logged; the redact
 * list is a second line of defence for fields that might carry secrets.
 */
export function createLogger(destination?: pino.DestinationStream, level?: string): pino.Logger {
  return pino({
    level: level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: { app: "coverdesk" },
    redact: {
      paths: ["password", "*.password", "passwordHash", "*.passwordHash", "headers.cookie", "headers.authorization", "*.csrfToken", "secret", "*.secret"],
      censor: "[redacted]",
    },
  }, destination);
}

export const logger = createLogger();

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller's request id when it is sane (from a load balancer), else makes one. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
