import { getPrisma } from "@/server/db/client";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { escapeHtml } from "@/server/domain/notify/render-digest";
import { unsubscribe, unsubscribeTarget } from "@/server/services/email-service";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

/** "a…@example.com": enough to recognise one's address, not enough to harvest it. */
function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "your address";
  return `${email[0]}…${email.slice(at)}`;
}

function page(status: number, title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">`
    + `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">`
    + `<title>${escapeHtml(title)} · CoverDesk</title></head>`
    + `<body style="margin:0;background:#f8fafc;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#0f172a">`
    + `<main style="max-width:480px;margin:64px auto;padding:24px;background:#fff;border:1px solid #e2e8f0;border-radius:8px;line-height:1.5">`
    + `<h1 style="margin:0 0 12px;font-size:20px">${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      // The token is in the URL: keep it out of Referer headers and search indexes.
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}

const invalid = () => page(400, "This unsubscribe link is not valid",
  `<p style="margin:0">It may have been cut short or changed. Open the link from the e-mail again, or turn alert e-mails off in CoverDesk under Settings → Notifications.</p>`);

const unavailable = () => {
  const res = page(503, "CoverDesk is briefly unavailable", `<p style="margin:0">Nothing was changed. Please try again in a minute.</p>`);
  res.headers.set("Retry-After", "30");
  return res;
};

async function orUnavailable(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailable();
    throw error;
  }
}

/** Asks first: mail scanners fetch every link in a message, and a GET must not unsubscribe anyone. */
export async function GET(_req: Request, { params }: Params): Promise<Response> {
  const { token } = await params;
  return orUnavailable(async () => {
    const target = await unsubscribeTarget(getPrisma(), token);
    if (!target) return invalid();
    const action = `/unsubscribe/${encodeURIComponent(token)}`;
    return page(200, `Stop CoverDesk alert e-mails to ${maskEmail(target.email)}?`,
      `<p style="margin:0 0 16px">You will no longer get the daily alert digest. Alerts stay on your dashboard.</p>`
      + `<form method="post" action="${escapeHtml(action)}" style="margin:0">`
      + `<button type="submit" style="padding:8px 16px;border:0;border-radius:6px;background:#1d4ed8;color:#fff;font-size:15px;cursor:pointer">Unsubscribe</button>`
      + `</form>`);
  });
}

/** The form's button, or a mail client's RFC 8058 one-click POST (body `List-Unsubscribe=One-Click`). */
export async function POST(_req: Request, { params }: Params): Promise<Response> {
  const { token } = await params;
  return orUnavailable(async () => {
    if (!(await unsubscribe(getPrisma(), token))) return invalid();
    return page(200, "You are unsubscribed",
      `<p style="margin:0">You will get no more alert e-mails. Turn them back on in <a href="/settings/notifications" style="color:#1d4ed8">Settings → Notifications</a>.</p>`);
  });
}
