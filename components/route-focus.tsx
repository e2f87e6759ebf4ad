"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a client-side navigation (a link, or a redirect after a form), moves the keyboard
 * focus to the page's content — as a fresh page load would start at the top. Without it,
 * focus stays where the old page's link or button was, and the next Tab lands somewhere in
 * the middle of the new page.
 */
export function RouteFocus({ targetId }: { targetId: string }) {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(targetId)?.focus({ preventScroll: true });
  }, [pathname, targetId]);
  return null;
}
