import Link from 'next/link';

export default function NewsroomNotFound() {
  return (
    <main className="max-w-xl">
      <h1 className="text-2xl font-semibold">Not found in the newsroom</h1>
      <p className="mt-2 text-slate-700">
        There is nothing at this address. The article or claim may have been removed or merged into
        another, or the link is mistyped.
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href="/newsroom" className="text-blue-800 underline">
          My work
        </Link>
        <Link href="/newsroom/articles" className="text-blue-800 underline">
          Articles
        </Link>
        <Link href="/newsroom/claims" className="text-blue-800 underline">
          Claims
        </Link>
      </p>
    </main>
  );
}
