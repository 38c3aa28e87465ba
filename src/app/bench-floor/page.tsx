// A bare prerendered page of the same build: the framework's floor in bench/public-pages.mjs.
export const dynamic = "force-static";

export default function BenchFloor() {
  return (
    <html lang="en">
      <body>
        <p>ok</p>
      </body>
    </html>
  );
}
