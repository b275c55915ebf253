/** The few helpers every part of the core shares. */

/** A non-null object (arrays included): the first step of every guard on data from elsewhere. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whitespace runs to one space, trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
