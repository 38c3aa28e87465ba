import { getTranslations } from "next-intl/server";

type Section = { heading: string; paragraphs: string[] };

/** A page of fixed text from messages/<locale>.json: { title, lead, sections: [{ heading, paragraphs }] }. */
export async function ContentPage({
  namespace,
  values = {},
  children,
}: {
  namespace: "About" | "Contact" | "Privacy" | "Accessibility";
  values?: Record<string, string>;
  children?: React.ReactNode;
}) {
  const t = await getTranslations(namespace);
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
  const sections = t.raw("sections") as Section[];
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <header>
        <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg">{fill(t.raw("lead") as string)}</p>
      </header>
      {children}
      {sections.map((section, i) => (
        <section key={i} aria-labelledby={`section-${i}`}>
          <h2 id={`section-${i}`} className="mb-2 text-xl font-bold">
            {section.heading}
          </h2>
          {section.paragraphs.map((p, j) => (
            <p key={j} className="mb-3 leading-relaxed">
              {fill(p)}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
