import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { geistMono } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CoverDesk", template: "%s · CoverDesk" },
  description: "See what of your crypto is insured, compare cover providers, and decide what to buy.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Sets the theme before first paint so a dark-mode user never sees a light flash.
const themeScript = `try{var t=localStorage.getItem("theme");if(!t)t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.dataset.theme=t}catch(e){}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The per-request CSP nonce proxy.ts sets (reading it also renders every page per request, which
  // a nonce needs). Next.js puts it on its own scripts; our one inline script needs it too.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={`${GeistSans.variable} ${geistMono.variable}`} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
