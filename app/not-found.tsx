import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-700">There is nothing at this address.</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-800 underline">
          Go to the home page
        </Link>
      </p>
    </main>
  );
}
