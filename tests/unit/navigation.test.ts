import { describe, expect, it } from "vitest";
import { currentItem, mainMenu, networkMenu } from "@/components/navigation/menu";

describe("navigation", () => {
  it("gives every role a short main menu of 3 to 6 items", () => {
    for (const items of Object.values(mainMenu)) {
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.length).toBeLessThanOrEqual(6);
    }
  });

  it("keeps the network items out of the main menus", () => {
    const network = networkMenu.map((item) => item.href);
    for (const items of Object.values(mainMenu)) expect(items.filter((i) => network.includes(i.href))).toEqual([]);
  });

  it("marks the deepest item the path belongs to", () => {
    const hrefs = mainMenu.ADMIN.map((item) => item.href);
    expect(currentItem("/admin", hrefs)).toBe("/admin");
    expect(currentItem("/admin/people/abc", hrefs)).toBe("/admin/people");
    expect(currentItem("/administration", hrefs)).toBeUndefined();
    expect(currentItem("/trainer/trajectories/x/cohorts", ["/trainer", "/trainer/cases"])).toBe("/trainer");
  });
});
