import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-slate-700">
        Your role does not give access to this page. Ask an admin if you need it.
      </p>
      <p className="mt-4">
        <Link href="/newsroom" className="text-blue-800 underline">
          Back to the newsroom
        </Link>
      </p>
    </main>
  );
}
