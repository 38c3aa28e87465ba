import type { FieldValues, Resolver } from "react-hook-form";

/**
 * A react-hook-form resolver whose validator (zod and the form's schema) is loaded the first time it is needed, or
 * earlier through `preload` (a form calls it on its first focus). zod is then not part of the page's first
 * JavaScript: a phone shows and hydrates the form without compiling it (docs/decisions/017).
 * If the validator cannot be loaded (a connection lost on the way), the answers go to the server unchecked, which
 * validates them as it always does; the next validation tries loading again.
 */
export function lazyResolver<V extends FieldValues, C, O>(load: () => Promise<Resolver<V, C, O>>) {
  let loading: Promise<Resolver<V, C, O>> | undefined;
  const get = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const resolver: Resolver<V, C, O> = async (values, context, options) => {
    let validate: Resolver<V, C, O>;
    try {
      validate = await get();
    } catch {
      return { values: values as unknown as O, errors: {} };
    }
    return validate(values, context, options);
  };
  return { resolver, preload: () => void get().catch(() => undefined) };
}

export type LazyResolver<V extends FieldValues, O = V> = ReturnType<typeof lazyResolver<V, unknown, O>>;

/** `lazyResolver` for a zod schema: `loadSchema` imports the form's schema module; zodResolver comes with it. */
export function lazyZodResolver<V extends FieldValues, O = V>(loadSchema: () => Promise<unknown>): LazyResolver<V, O> {
  return lazyResolver<V, unknown, O>(async () => {
    const [{ zodResolver }, schema] = await Promise.all([import("@hookform/resolvers/zod"), loadSchema()]);
    return zodResolver(schema as import("zod/mini").ZodMiniType<V, V>) as unknown as Resolver<V, unknown, O>;
  });
}
