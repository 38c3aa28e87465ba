import { inject } from "vitest";

// Modules under test read their configuration from the environment, as in production.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-000";
process.env.APP_URL ??= "http://localhost:3000";
process.env.MAIL_FROM ??= "KOMM <no-reply@komm.test>";
