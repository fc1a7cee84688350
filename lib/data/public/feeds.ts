import 'server-only';
import { renderAtom, renderRss, type FeedChannel } from './feed-xml';
import { getPublicSettings, siteUrl } from './settings';
import { verdictPage, type PublicVerdictSummary } from './verdicts';

const FEED_SIZE = 50;

async function feedParts(path: string): Promise<[FeedChannel, PublicVerdictSummary[]]> {
  const [settings, { items }] = await Promise.all([
    getPublicSettings(),
    verdictPage({}, {}, FEED_SIZE), // the newest, with no count: a feed shows none
  ]);
  const channel = {
    title: `${settings.name}: fact checks`,
    description: `The latest verdicts published by ${settings.name}.`,
    siteUrl: siteUrl(settings, '/'),
    feedUrl: siteUrl(settings, path),
    itemUrl: (slug: string) => siteUrl(settings, `/claims/${slug}`),
  };
  return [channel, items];
}

export async function rssFeed(): Promise<string> {
  return renderRss(...(await feedParts('/feed.xml')));
}

export async function atomFeed(): Promise<string> {
  return renderAtom(...(await feedParts('/atom.xml')));
}
