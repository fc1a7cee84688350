import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRowControls } from '@/components/admin/user-row-controls';
import { requirePageUser } from '@/lib/auth/page-guard';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { listUsers } from '@/lib/data/users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requirePageUser('users.manage', '/newsroom/admin/users');
  const users = await listUsers(admin);
  return (
    <main className="flex flex-col gap-6">
      <h1 className="text-xl font-semibold">Users</h1>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1.5 pr-3">
              Name
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Email
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Role
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Status
            </th>
            <th scope="col" className="py-1.5 pr-3">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-200">
              <td className="py-1.5 pr-3">{user.name}</td>
              <td className="py-1.5 pr-3">{user.email}</td>
              <td className="py-1.5 pr-3">{ROLE_LABELS[user.role]}</td>
              <td className="py-1.5 pr-3">{user.disabled ? 'Disabled' : 'Active'}</td>
              <td className="py-1.5 pr-3">
                {user.id === admin.id ? (
                  <span className="text-slate-600">You</span>
                ) : (
                  <UserRowControls user={user} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="create-user-heading">
        <h2 id="create-user-heading" className="mb-2 text-lg font-semibold">
          Add a user
        </h2>
        <CreateUserForm />
      </section>
    </main>
  );
}
