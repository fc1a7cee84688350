import { notFound } from 'next/navigation';

// Any newsroom address without a page gets the newsroom's 404 (in the newsroom layout), not the public one.
export default function MissingNewsroomPage() {
  notFound();
}
