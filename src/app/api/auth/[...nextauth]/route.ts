// Auth.js endpoints (session, csrf, callback, signout). Logging in and out normally goes through the admin pages'
// server actions; this route exists for the library's own requests and is throttled the same way (authorize()).
import { handlers } from "@/server/auth";

export const { GET, POST } = handlers;
