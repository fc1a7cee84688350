import Link from 'next/link';

export default function PublicNotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-700">
        There is no published fact check at this address. It may never have been published, or it
        may have been withdrawn.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-blue-800 underline">
          See the latest verdicts
        </Link>{' '}
        or{' '}
        <Link href="/search" className="text-blue-800 underline">
          search
        </Link>
        .
      </p>
    </>
  );
}
