import "./globals.css";

// Requests outside any locale (e.g. /nonexistent.txt): a minimal trilingual page.
export default function GlobalNotFound() {
  return (
    <html lang="pl">
      <body className="p-8">
        <main>
          <h1 className="text-2xl font-bold">Nie znaleziono strony</h1>
          <p lang="uk">Сторінку не знайдено.</p>
          <p lang="en">Page not found.</p>
          <p>
            <a href="/pl">Strona główna</a> · <a href="/uk" lang="uk">Головна</a> · <a href="/en" lang="en">Home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
