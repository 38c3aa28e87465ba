import { describe, expect, it, vi } from "vitest";
import type { Resolver, ResolverResult } from "react-hook-form";
import { lazyResolver, lazyZodResolver } from "./lazy-resolver";

type V = { name: string };
const options = { fields: {}, shouldUseNativeValidation: false } as Parameters<Resolver<V>>[2];
const realValidator: Resolver<V> = async (values): Promise<ResolverResult<V>> =>
  values.name ? { values, errors: {} } : { values: {}, errors: { name: { type: "required", message: "required" } } };

describe("lazyResolver", () => {
  it("loads the validator once, on preload or first use, and then validates with it", async () => {
    const load = vi.fn(async () => realValidator);
    const { resolver, preload } = lazyResolver(load);
    expect(load).not.toHaveBeenCalled();
    preload();
    preload();
    expect(load).toHaveBeenCalledTimes(1);
    expect(await resolver({ name: "" }, undefined, options)).toEqual({ values: {}, errors: { name: { type: "required", message: "required" } } });
    expect(await resolver({ name: "Olena" }, undefined, options)).toEqual({ values: { name: "Olena" }, errors: {} });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("lets the answers through to the server when the validator cannot be loaded, and tries again next time", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("chunk failed")).mockResolvedValue(realValidator);
    const { resolver, preload } = lazyResolver<V, unknown, V>(load);
    preload(); // a failed preload is not an unhandled rejection
    expect(await resolver({ name: "" }, undefined, options)).toEqual({ values: { name: "" }, errors: {} });
    expect(load).toHaveBeenCalledTimes(1);
    // the load that failed is forgotten: the next validation loads again and now reports the error
    expect(await resolver({ name: "" }, undefined, options)).toEqual({ values: {}, errors: { name: { type: "required", message: "required" } } });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("lazyZodResolver", () => {
  it("validates with the zod schema it loads, returning the parsed values or the schema's error keys", async () => {
    const z = await import("zod/mini");
    const schema = z.object({ name: z.string().check(z.minLength(2, { error: "required" })) });
    const { resolver } = lazyZodResolver<{ name: string }>(async () => schema);
    expect(await resolver({ name: "Olena" }, undefined, options)).toEqual({ values: { name: "Olena" }, errors: {} });
    const failed = await resolver({ name: "" }, undefined, options);
    expect(failed.errors.name?.message).toBe("required");
  });
});
