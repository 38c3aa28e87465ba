import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh, migrated database for the whole vitest run; dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createMigratedDatabase();
  project.provide("databaseUrl", database.url);
  return () => dropDatabase(database.name); // WITH (FORCE): closes the workers' open connections
}
