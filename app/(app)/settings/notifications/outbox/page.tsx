import Link from "next/link";
import { OutboxView } from "@/components/notifications/outbox-view";

export const metadata = { title: "Outbox" };

export default function OutboxPage() {
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/settings" className="underline">Settings</Link> <span aria-hidden="true">/</span>{" "}
        <Link href="/settings/notifications" className="underline">Notifications</Link> <span aria-hidden="true">/</span> Outbox
      </nav>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p className="text-[var(--muted)]">Every e-mail CoverDesk wrote you, newest first. With no mail server configured (SMTP_URL), this is where they stay.</p>
      </div>
      <OutboxView />
    </div>
  );
}
