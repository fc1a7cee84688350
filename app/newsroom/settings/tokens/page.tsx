import type { Metadata } from 'next';
import { CreateTokenForm } from '@/components/settings/create-token-form';
import { RevokeTokenButton } from '@/components/settings/revoke-token-button';
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
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1.5 pr-3">
              Name
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Created
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Last used
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-b border-slate-200">
              <td className="py-1.5 pr-3">{token.name}</td>
              <td className="py-1.5 pr-3">{formatDateTime(token.createdAt)}</td>
              <td className="py-1.5 pr-3">{formatDateTime(token.lastUsedAt)}</td>
              <td className="py-1.5 pr-3">
                {token.revokedAt ? (
                  `Revoked ${formatDateTime(token.revokedAt)}`
                ) : (
                  <RevokeTokenButton tokenId={token.id} name={token.name} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
