"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/ui/form-fields";
import { FOLLOW_UP_FIELDS } from "../fields";
import { lazyZodResolver } from "@/lib/lazy-resolver";
import { useApplicationForm, type ApplicationFormState } from "./form-controls";

const validators = {
  ANIMATORS_COURSE: lazyZodResolver<Record<string, unknown>>(() => import("../schema").then((m) => m.followUpSchemas.ANIMATORS_COURSE)),
  INCUBATOR: lazyZodResolver<Record<string, unknown>>(() => import("../schema").then((m) => m.followUpSchemas.INCUBATOR)),
};

type Props = {
  kind: "ANIMATORS_COURSE" | "INCUBATOR";
  action: (state: ApplicationFormState, formData: FormData) => Promise<ApplicationFormState>;
};

/** The few questions accepted applicants of the course and the incubator answer once. */
export function FollowUpForm({ kind, action }: Props) {
  const t = useTranslations("ApplicationManage.followUp");
  const fields = FOLLOW_UP_FIELDS[kind];
  const { state, formAction, pending, summaryRef, showSummary, summary, controls: c, onSubmit } = useApplicationForm({
    validation: validators[kind],
    fields,
    action,
    initial: {},
    labelOf: (field) => t(`fields.${field}` as "fields.questions"),
  });

  return (
    <form action={formAction} onSubmit={onSubmit} onFocus={validators[kind].preload} noValidate className="flex flex-col gap-6">
      {(showSummary || state.status === "error") && (summary.length > 0 || state.formError) ? (
        <ErrorSummary
          summaryRef={summaryRef}
          title={state.formError && summary.length === 0 ? t(`formErrors.${state.formError}` as "formErrors.notFound") : t("errorSummaryTitle", { count: summary.length })}
          errors={summary}
        />
      ) : null}
      {kind === "ANIMATORS_COURSE" ? c.textarea("learningGoals", { required: true, hint: t("hints.learningGoals") }) : null}
      {kind === "INCUBATOR" ? (
        <>
          {c.textarea("budgetPlan", { required: true, hint: t("hints.budgetPlan") })}
          {c.textarea("partners", { hint: t("hints.partners") })}
        </>
      ) : null}
      {c.textarea("questions", { hint: t("hints.questions") })}
      {c.checkbox("confirmParticipation")}
      <div>
        <button type="submit" className="button w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
