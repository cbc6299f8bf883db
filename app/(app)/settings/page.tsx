import Link from "next/link";
import { SettingsView } from "@/components/settings/settings-view";

export const metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="text-[var(--muted)]">What your recommendations follow: where you are, what you will do to buy cover, how much you want insured, and how risky each position is. Below them: the security of your account.</p>
        <p><Link href="/settings/notifications" className="font-medium underline">Notifications</Link>: e-mail digest, webhooks and calendar feed for your alerts.</p>
        <p><Link href="/settings/api-tokens" className="font-medium underline">API tokens</Link>: let scripts and other systems read (or change) your portfolios through the REST API.</p>
      </div>
      <SettingsView />
    </div>
  );
}
