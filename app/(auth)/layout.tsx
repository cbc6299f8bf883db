import Link from "next/link";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/lib/trpc/client";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
        <Link href="/" className="text-2xl font-semibold no-underline" style={{ color: "var(--fg)" }}>CoverDesk</Link>
        {children}
      </main>
    </TRPCReactProvider>
  );
}
