/** The closed vocabularies of the content model, shared by the schema and the UI. */

/** How much of an application is written in Go (see CONTRIBUTING.md). */
export const goStatuses = ['core', 'partial', 'not-go', 'unknown'] as const;
export type GoStatus = (typeof goStatuses)[number];

/** What public sources say of one of the source article's claims. */
export const verdicts = ['accurate', 'inaccurate', 'unverified'] as const;
export type Verdict = (typeof verdicts)[number];
