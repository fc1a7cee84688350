import Link from 'next/link';

export function SiteFooter({ name }: { name: string }) {
  return (
    <footer className="no-print mt-12 border-t border-slate-300 bg-slate-50">
      <div className="mx-auto flex max-w-3xl flex-wrap gap-x-4 gap-y-2 px-4 py-6 text-sm text-slate-700">
        <span>© {name}</span>
        <Link href="/corrections-policy" className="text-blue-800 underline">
          Corrections policy
        </Link>
        <a href="/feed.xml" className="text-blue-800 underline">
          RSS feed
        </a>
        <a href="/atom.xml" className="text-blue-800 underline">
          Atom feed
        </a>
        <Link href="/api/v1/verdicts" prefetch={false} className="text-blue-800 underline">
          JSON API
        </Link>
        <Link href="/signin" className="text-blue-800 underline">
          Newsroom sign-in
        </Link>
      </div>
    </footer>
  );
}
