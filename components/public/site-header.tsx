import Link from 'next/link';

const NAV = [
  { href: '/', label: 'Latest verdicts' },
  { href: '/search', label: 'Search' },
  { href: '/methodology', label: 'Methodology' },
  { href: '/corrections', label: 'Corrections' },
];

export function SiteHeader({ logoText }: { logoText: string }) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-slate-900 no-underline">
          {logoText}
        </Link>
        <nav aria-label="Main" className="no-print">
          <ul className="flex flex-wrap gap-4 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-blue-800 underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
