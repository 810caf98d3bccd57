/** What went wrong, for a message of our own that carries the original error as its cause. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
