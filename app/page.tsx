import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { startPage } from "@/components/navigation/menu";

export default async function Home() {
  const user = await requireUser();
  redirect(startPage[user.role]);
}
