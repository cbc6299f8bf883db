import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { TRPCReactProvider } from "@/lib/trpc/client";
import { auth } from "@/server/auth/config";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  return (
    <TRPCReactProvider>
      <AppHeader userName={session?.user?.name ?? session?.user?.email ?? null} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </TRPCReactProvider>
  );
}
