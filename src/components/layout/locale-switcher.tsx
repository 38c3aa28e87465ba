"use client";

import { usePathname } from "next/navigation";

type Props = {
  current: string;
  label: string;
  options: Array<{ locale: string; name: string }>;
};

/** Links to the same page in the other languages (plain links: works before and without hydration). */
export function LocaleSwitcher({ current, label, options }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/(pl|uk|en)(?=\/|$)/, "");
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1">
        {options.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={`inline-flex min-h-11 items-center justify-center rounded px-2 text-sm font-semibold no-underline ${
                locale === current ? "bg-brand-800 text-white hover:text-white" : "text-brand-800 hover:bg-brand-50"
              }`}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
