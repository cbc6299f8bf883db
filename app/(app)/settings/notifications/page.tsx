import Link from "next/link";
import { NotificationsView } from "@/components/notifications/notifications-view";

export const metadata = { title: "Notifications" };

export default function NotificationsPage() {
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/settings" className="underline">Settings</Link> <span aria-hidden="true">/</span> Notifications
      </nav>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        <p className="text-[var(--muted)]">
          Alerts that reach you: a daily e-mail digest, signed webhooks to your own systems, and a calendar feed of your covers&apos; dates.
          Only new alerts, and alerts that come closer, are sent. <Link href="/settings/notifications/outbox" className="underline">Outbox</Link>
        </p>
      </div>
      <NotificationsView />
    </div>
  );
}
