import { NextResponse } from "next/server";
import { auth } from "@/server/auth/config";

/** Signed-out visitors of app pages go to sign in, and come back where they were. */
export const proxy = auth((req) => {
  if (req.auth?.user) return NextResponse.next();
  const target = new URL("/sign-in", req.nextUrl.origin);
  target.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(target);
});

export const config = {
  matcher: ["/portfolios/:path*", "/positions/:path*", "/recommendations/:path*", "/settings/:path*"],
};
