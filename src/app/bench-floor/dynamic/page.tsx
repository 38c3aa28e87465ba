import { connection } from "next/server";

// A bare page rendered on every request: the framework's per-request floor in bench/registrations.mjs.
export default async function BenchFloorDynamic() {
  await connection();
  return (
    <html lang="en">
      <body>
        <p>{Date.now()}</p>
      </body>
    </html>
  );
}
