import NextLink from "next/link";

type Props = {
  page: number;
  pages: number;
  /** the link to another page of the same list (filters kept) */
  href: (page: number) => string;
  /** already translated: the navigation's name, the two links and "page 2 of 7" */
  labels: { nav: string; previous: string; next: string; pageOf: string };
};

/** Previous / next links under a long list of the coordinator area; nothing when the list fits on one page. */
export function Pager({ page, pages, href, labels }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <NextLink href={href(page - 1)} prefetch={false} className="button-secondary">
          ← {labels.previous}
        </NextLink>
      ) : null}
      <span>{labels.pageOf}</span>
      {page < pages ? (
        <NextLink href={href(page + 1)} prefetch={false} className="button-secondary">
          {labels.next} →
        </NextLink>
      ) : null}
    </nav>
  );
}
