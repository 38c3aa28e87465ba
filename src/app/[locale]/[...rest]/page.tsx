import { notFound } from "next/navigation";

// Unknown paths under a locale get the translated 404 of app/[locale]/not-found.tsx.
export default function CatchAll() {
  notFound();
}
