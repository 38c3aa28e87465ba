import { connection } from "next/server";
import { benchFloorAction } from "./actions";

// A bare form whose server action only redirects: the framework's floor for a form POST (multipart parsing, action
// lookup, redirect) in bench/registrations.mjs, next to the per-request page floor of ../dynamic.
export default async function BenchFloorAction() {
  await connection();
  return (
    <html lang="en">
      <body>
        <form action={benchFloorAction}>
          <input type="hidden" name="n" value="1" />
          <button type="submit">Send</button>
        </form>
      </body>
    </html>
  );
}
