/** Counting matching verdicts stops here when no counter answers the filter (a display choice: "1,000+"). */
export const COUNT_CAP = 1000;
