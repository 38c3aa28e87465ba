"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/ui/form-fields";
import { APPLICATION_LANGUAGES, applicationFields, FORUM_PARTICIPATION, MENTORING_NEEDS, OFFER_KINDS, type OfferKind } from "../fields";
import { lazyZodResolver, type LazyResolver } from "@/lib/lazy-resolver";
import { AntiSpamFields, useApplicationForm, type ApplicationFormState } from "./form-controls";

const validators = Object.fromEntries(
  OFFER_KINDS.map((kind) => [kind, lazyZodResolver<Record<string, unknown>>(() => import("../schema").then((m) => m.applicationSchemas[kind]))]),
) as Record<OfferKind, LazyResolver<Record<string, unknown>>>;

type Props = {
  kind: OfferKind;
  /** the offer's title in the reader's language */
  offerTitle: string;
  action: (state: ApplicationFormState, formData: FormData) => Promise<ApplicationFormState>;
  initial: Record<string, string>;
  formToken: string;
  organisations: Array<{ id: string; name: string }>;
  voivodeships: Array<{ code: string; name: string }>;
  privacyHref: string;
  policyVersion: string;
};

/** The application form of one offer: the common fields, the offer's own questions, the consents. */
export function ApplicationForm({ kind, offerTitle, action, initial, formToken, organisations, voivodeships, privacyHref, policyVersion }: Props) {
  const t = useTranslations("Apply");
  const tl = useTranslations("Languages");
  const fields = applicationFields(kind);
  const { state, formAction, pending, form, summaryRef, showSummary, summary, hydrated, controls: c, onSubmit } = useApplicationForm({
    validation: validators[kind],
    fields,
    action,
    initial,
    labelOf: (field) => t(`fields.${field}` as "fields.fullName"),
  });
  const watch = form.watch();
  const showIf = (condition: boolean) => !hydrated || condition;
  const ifHint = (key: "ifDirectory" | "ifOther" | "ifNeedsOther" | "ifPresenting") => (hydrated ? undefined : t(`conditional.${key}`));
  const hint = (field: string) => t(`hints.${field}` as "hints.phone");
  const languages = APPLICATION_LANGUAGES.map((l) => ({ value: l, label: tl(l) }));
  const regions = voivodeships.map((v) => ({ value: v.code, label: v.name }));

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={validators[kind].preload} noValidate className="flex flex-col gap-8">
      {(showSummary || state.status === "error") && (summary.length > 0 || state.formError) ? (
        <ErrorSummary
          summaryRef={summaryRef}
          title={state.formError && summary.length === 0 ? t(`formErrors.${state.formError}` as "formErrors.closed") : t("errorSummaryTitle", { count: summary.length })}
          errors={summary}
        />
      ) : null}

      <p>{t("requiredNote")}</p>
      <AntiSpamFields formToken={state.formToken ?? formToken} honeypotLabel={t("honeypot")} />

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.aboutYou")}</legend>
        {c.text("fullName", { autoComplete: "name", required: true })}
        {c.text("email", { type: "email", autoComplete: "email", required: true, hint: hint("email") })}
        {c.text("phone", { type: "tel", autoComplete: "tel", hint: hint("phone") })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.organisation")}</legend>
        {c.choices("organisationMode", [
          { value: "none", label: t("organisationModes.none") },
          { value: "directory", label: t("organisationModes.directory") },
          { value: "other", label: t("organisationModes.other") },
        ])}
        {showIf(watch.organisationMode === "directory") ? c.select("organisationId", organisations.map((o) => ({ value: o.id, label: o.name })), { hint: ifHint("ifDirectory") }) : null}
        {showIf(watch.organisationMode === "other") ? c.text("organisationName", { autoComplete: "organization", hint: ifHint("ifOther") }) : null}
        {c.select("voivodeshipCode", regions, { required: true, hint: hint("voivodeshipCode") })}
        {c.text("city", { autoComplete: "address-level2" })}
        {c.select("contactLanguage", languages, { required: true, hint: hint("contactLanguage") })}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.offer", { offer: offerTitle })}</legend>
        {kind === "ANIMATORS_COURSE" ? (
          <>
            {c.textarea("experience", { required: true, hint: hint("experience") })}
            {c.textarea("motivation", { required: true, hint: hint("motivation") })}
            {c.text("availability", { required: true, hint: hint("availability") })}
          </>
        ) : null}
        {kind === "MENTORING" ? (
          <>
            {c.textarea("groupDescription", { required: true, hint: hint("groupDescription") })}
            {c.choices("needs", MENTORING_NEEDS.map((n) => ({ value: n, label: t(`mentoringNeeds.${n}`) })), { hint: hint("needs") })}
            {showIf(Array.isArray(watch.needs) && watch.needs.includes("other")) ? c.text("needsOther", { hint: ifHint("ifNeedsOther") }) : null}
            {c.select("mentoringLanguage", languages, { required: true, hint: hint("mentoringLanguage") })}
          </>
        ) : null}
        {kind === "INCUBATOR" ? (
          <>
            {c.textarea("idea", { required: true, hint: hint("idea") })}
            {c.textarea("beneficiaries", { required: true, hint: hint("beneficiaries") })}
            {c.select("ideaVoivodeship", regions, { required: true })}
            {c.text("timeline", { required: true, hint: hint("timeline") })}
            {c.text("budget", { required: true, inputMode: "numeric", hint: hint("budget") })}
          </>
        ) : null}
        {kind === "FORUM" ? (
          <>
            {c.choices("participation", FORUM_PARTICIPATION.map((p) => ({ value: p, label: t(`forumParticipation.${p}`) })))}
            {showIf(watch.participation === "present") ? c.textarea("topic", { hint: hydrated ? hint("topic") : `${t("conditional.ifPresenting")} ${hint("topic")}` }) : null}
          </>
        ) : null}
        {kind === "FILM_PORTRAIT" ? (
          <>
            {c.textarea("initiative", { required: true, hint: hint("initiative") })}
            {c.textarea("whyShow", { required: true, hint: hint("whyShow") })}
          </>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.consents")}</legend>
        <div className="rounded-md border border-slate-300 bg-slate-50 p-4 text-sm">
          <p className="mb-2 font-semibold">{t("rodoTitle")}</p>
          <p className="mb-2">{t("rodoShort")}</p>
          <p>
            <a href={privacyHref}>{t("rodoLink")}</a> ({t("policyVersion")} {policyVersion})
          </p>
        </div>
        {c.checkbox("consentProcessing")}
        {kind === "FILM_PORTRAIT" ? c.checkbox("consentImage", { hint: hint("consentImage") }) : null}
        {c.checkbox("consentNewsletter")}
      </fieldset>

      <div>
        <button type="submit" className="button w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
