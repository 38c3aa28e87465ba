// Types for http-forms.mjs (plain JavaScript so the bench scripts can import it too).
export const MIN_FILL_MS: number;
export function decodeEntities(s: string): string;
export function hiddenInputs(html: string): Array<[string, string]>;
export function formTokenTime(fields: Array<[string, string]>): number;
export type Answer = { ms: number; status: number; location: string | null; body: string };
export function timed(url: string, init?: RequestInit): Promise<Answer>;
export function postForm(url: string, hidden: Array<[string, string]>, answers?: Record<string, string>): Promise<Answer>;
export type EncodedForm = { hostname: string; port: string; path: string; body: Buffer; headers: Record<string, string> };
export function encodeForm(url: string, hidden: Array<[string, string]>, answers?: Record<string, string>): EncodedForm;
export function send(form: EncodedForm): Promise<Answer>;
export function signUpAnswers(email: string, i: number): Record<string, string>;
export function pool<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]>;
export function confirmToken(text: string): string;
