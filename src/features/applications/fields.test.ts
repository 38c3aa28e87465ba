import { describe, expect, it } from "vitest";
import { ANSWER_FIELDS, OFFER_KINDS } from "./fields";
import { answerShapes } from "./schema";

describe("application field lists", () => {
  it("name each offer's questions as its schema has them, in order (the image consent shows with the consents)", () => {
    for (const kind of OFFER_KINDS) {
      expect(ANSWER_FIELDS[kind], kind).toEqual(Object.keys(answerShapes[kind]).filter((key) => key !== "consentImage"));
    }
  });
});
