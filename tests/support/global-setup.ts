// vitest globalSetup of the integration project: migrate once, hand the template to every file.
import type { TestProject } from "vitest/node";
import { createTemplate, dropTemplate, type Template } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: Template;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTemplate();
  project.provide("databaseTemplate", template);
  return () => dropTemplate(template);
}
