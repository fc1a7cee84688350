import Link from 'next/link';
import { Pagination } from '@/components/public/pagination';
import { VerdictList } from '@/components/public/verdict-list';
import {
  getPublicSettings,
  getRatingScale,
  listMostCheckedSpeakers,
  listPublishedVerdicts,
} from '@/lib/data/public/cached';
import { speakerSlug } from '@/lib/slug';

/** The home page: latest verdicts from `position` (the first page without one), most-checked speakers. */
export async function HomeView({
  position = {},
}: {
  position?: { page?: number; cursor?: string };
}) {
  const [settings, verdicts, speakers, ratingScale] = await Promise.all([
    getPublicSettings(),
    listPublishedVerdicts(position),
    listMostCheckedSpeakers(),
    getRatingScale(),
  ]);
  return (
    <>
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${settings.name} (RSS)`}
        href="/feed.xml"
      />
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`${settings.name} (Atom)`}
        href="/atom.xml"
      />
      <h1 className="text-3xl font-semibold">{settings.name}</h1>
      <p className="mt-2 text-slate-700">
        Fact checks of the claims in the news, with sources and reasoning.
      </p>
      {speakers.length ? (
        <nav aria-labelledby="speakers-heading" className="mt-4">
          <h2 id="speakers-heading" className="text-lg font-semibold">
            Most-checked speakers
          </h2>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {speakers.map(({ name, count }) => (
              <li key={name}>
                <Link href={`/speakers/${speakerSlug(name)}`} className="text-blue-800 underline">
                  {name}
                </Link>{' '}
                <span className="text-slate-600">({count})</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="latest-heading" className="mt-6">
        <h2 id="latest-heading" className="sr-only">
          Latest verdicts
        </h2>
        {verdicts.items.length ? (
          <VerdictList verdicts={verdicts.items} ratingScale={ratingScale} headingLevel={3} />
        ) : (
          <p className="text-slate-700">No verdicts have been published yet.</p>
        )}
        <Pagination next={verdicts.next} prev={verdicts.prev} basePath="/" />
      </section>
    </>
  );
}
