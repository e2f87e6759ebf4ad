import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "./locale";
import { messages } from "./messages";
import { TIME_ZONE } from "@/lib/i18n/config";

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return { locale, messages: messages[locale], timeZone: TIME_ZONE };
});
