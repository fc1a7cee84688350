import type { Metadata } from 'next';
import { CreateTokenForm } from '@/components/settings/create-token-form';
import { RevokeTokenButton } from '@/components/settings/revoke-token-button';
import {
  Table,
  TableBody,
  TableCell,
  TableEmptyRow,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { listApiTokens } from '@/lib/data/api-tokens';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const user = await requirePageUser('tokens.manage', '/newsroom/settings/tokens');
  const tokens = await listApiTokens(user);
  return (
    <main className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-xl font-semibold">API tokens</h1>
      <p className="text-sm text-slate-700">
        Personal tokens let a CMS call the Factdesk API as you, with your permissions: send{' '}
        <code>Authorization: Bearer &lt;token&gt;</code>. See docs/api.md.
      </p>
      <CreateTokenForm />
      <Table caption="Your API tokens">
        <TableHeader>
          <tr>
            <TableHead>Name</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>Last used</TableHead>
            <TableHead>Status</TableHead>
          </tr>
        </TableHeader>
        <TableBody>
          {tokens.length === 0 ? <TableEmptyRow columns={4}>No tokens yet.</TableEmptyRow> : null}
          {tokens.map((token) => (
            <TableRow key={token.id}>
              <TableHead scope="row">{token.name}</TableHead>
              <TableCell>{formatDateTime(token.createdAt)}</TableCell>
              <TableCell>{formatDateTime(token.lastUsedAt)}</TableCell>
              <TableCell>
                {token.revokedAt ? (
                  `Revoked ${formatDateTime(token.revokedAt)}`
                ) : (
                  <RevokeTokenButton tokenId={token.id} name={token.name} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </main>
  );
}
