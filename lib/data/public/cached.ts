import 'server-only';
import { getPublicArticle as articleFromDb } from './articles';
import { getPublicClaimPage as claimPageFromDb } from './claim-page';
import { getPublishedClaim as publishedClaimFromDb } from './claims';
import { listCorrections as correctionsFromDb } from './corrections';
import { atomFeed as atomFromDb, rssFeed as rssFromDb } from './feeds';
import { getPublicSettings as settingsFromDb } from './settings';
import { getPublicSpeaker as speakerFromDb } from './speakers';
import { publishedVerdictPage as verdictPageFromDb } from './verdict-export';
import { verdictListBody as verdictListBodyFromDb } from './verdict-list-body';
import {
  listMostCheckedSpeakers as mostCheckedFromDb,
  listPublishedVerdicts as verdictsFromDb,
} from './verdicts';
import { cachedRead as cached } from './cached-read';

// The public site's reads, served from Next's data cache (Redis when REDIS_URL is set, else in
// process) under one tag that lib/public-cache.ts expires on every publish, correction, withdrawal
// and settings save. Same names and signatures as the database readers they wrap.

export const getPublicSettings = cached('public-settings', settingsFromDb);
// Read through the same cache everywhere, the newsroom included (lib/data/rating-scale.ts).
export { getRatingScale } from '@/lib/data/rating-scale';
export const listPublishedVerdicts = cached('public-verdicts', verdictsFromDb);
export const listMostCheckedSpeakers = cached('public-most-checked', mostCheckedFromDb);
export const getPublicClaimPage = cached('public-claim-page', claimPageFromDb);
export const getPublishedClaim = cached('public-claim', publishedClaimFromDb);
export const getPublicArticle = cached('public-article', articleFromDb);
export const getPublicSpeaker = cached('public-speaker', speakerFromDb);
export const listCorrections = cached('public-corrections', correctionsFromDb);
export const publishedVerdictPage = cached('public-verdict-page', verdictPageFromDb);
export const verdictListBody = cached('public-api-verdicts', verdictListBodyFromDb);
export const rssFeed = cached('public-rss', rssFromDb);
export const atomFeed = cached('public-atom', atomFromDb);
