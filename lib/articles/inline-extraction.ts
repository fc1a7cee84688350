/**
 * Bodies longer than this are saved at once and their claims extracted by the `article-extraction`
 * job. Extraction costs 3-5 ms per 1,000 characters on an idle core, 2-3 times that under load
 * (`npm run bench:import-extraction`, docs/monitoring.md), so an inline import stays within a few
 * hundred ms.
 */
export const EXTRACT_INLINE_MAX_CHARS = 20_000;
