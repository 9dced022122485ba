// Compiled by tests/test_sdk_typescript.py with `tsc --noEmit` against types that openapi-typescript
// generates from openapi.yaml into ./schema.d.ts (in a temporary directory, next to a copy of this file).
import type { components, operations, paths } from "./schema";

type Quote = components["schemas"]["Quote"];
type Claim = components["schemas"]["Claim"];
type Problem = components["schemas"]["Problem"];
type QuotePage = paths["/v1/quotes"]["get"]["responses"][200]["content"]["application/json"];
type ListQuotesQuery = NonNullable<operations["listQuotes"]["parameters"]["query"]>;
type ExportFormat = NonNullable<NonNullable<operations["exportQuotes"]["parameters"]["query"]>["format"]>;

export async function listQuotes(baseUrl: string, query: ListQuotesQuery): Promise<QuotePage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const response = await fetch(`${baseUrl}/v1/quotes?${params}`);
  if (!response.ok) {
    const problem = (await response.json()) as Problem;
    throw new Error(`${problem.status} ${problem.title}: ${problem.detail}`);
  }
  return (await response.json()) as QuotePage;
}

export async function allQuotes(baseUrl: string, speaker?: string): Promise<Quote[]> {
  const quotes: Quote[] = [];
  let cursor: string | null | undefined = undefined;
  do {
    const page: QuotePage = await listQuotes(baseUrl, { limit: 100, speaker, cursor: cursor ?? undefined });
    quotes.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return quotes;
}

export function describeQuote(quote: Quote): string {
  const who = quote.speakers.map((s) => s.name).join(" and ") || "unknown";
  const length: number = quote.span.end - quote.span.start;
  return `${who} ${quote.cue ?? "said"} “${quote.text}” (${length} characters, paragraph ${quote.paragraph})`;
}

export function claimant(claim: Claim): string {
  return claim.claimant === null ? "the author" : claim.claimant.name;
}

export const csv: ExportFormat = "csv";

// The generated types are strict: each of these lines must fail to compile.
// @ts-expect-error "xml" is not an export format
export const xml: ExportFormat = "xml";
// @ts-expect-error quotes have no "speaker" field, only "speakers"
export const misnamed = (quote: Quote) => quote.speaker;
// @ts-expect-error limit is a number
export const badQuery: ListQuotesQuery = { limit: "20" };
