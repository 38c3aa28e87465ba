import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyLogin } from "@/features/admin/login";
import { env } from "./env";
import { logFailure } from "./log";
import { clientIp } from "./request";

/** Refused before the password was checked: too many attempts. The login action shows its own message for it. */
export class LoginThrottled extends CredentialsSignin {
  code = "throttled";
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Lazy configuration: the secret is read from the parsed environment on first use, not while `next build` imports this.
// Sessions are stateless JWTs in an encrypted, http-only cookie that carries only the user id; everything else
// (role, scope, active flag) is read from the database on every request by src/server/session.ts.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env.AUTH_SECRET,
  trustHost: true,
  // Secure (and __Secure- prefixed) cookies whenever the site is served over https, also behind a proxy that talks
  // plain http to us; Auth.js alone would decide from each request's own scheme.
  useSecureCookies: env.APP_URL.startsWith("https://"),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Our own pages instead of Auth.js's built-in ones (which would otherwise render at /api/auth/signin).
  pages: { signIn: "/pl/admin/login", error: "/pl/admin/login" },
  logger: {
    // a wrong password is an expected result (throttled and audited elsewhere), not a server error worth a stack trace
    error(error) {
      if (!(error instanceof CredentialsSignin)) logFailure("[auth] error", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const result = await verifyLogin(credentials, await clientIp());
        if (result.ok) return { id: result.userId };
        if (result.error === "throttled") throw new LoginThrottled();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Keep only the subject and when this login happened (plus the iat/exp/jti Auth.js adds): no name, e-mail or
      // picture in the cookie. `loginAt` survives the cookie's renewals, so a password change can end older sessions.
      return { sub: user?.id ?? token.sub, loginAt: user ? Date.now() : token.loginAt };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub!, loginAt: typeof token.loginAt === "number" ? token.loginAt : null } } as unknown as typeof session;
    },
  },
}));
