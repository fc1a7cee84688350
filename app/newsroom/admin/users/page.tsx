import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRowControls } from '@/components/admin/user-row-controls';
import { UserStatusBadge } from '@/components/admin/user-status-badge';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { requirePageUser } from '@/lib/auth/page-guard';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { listUsers } from '@/lib/data/users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requirePageUser('users.manage', '/newsroom/admin/users');
  const users = await listUsers(admin);
  return (
    <main className="flex flex-col gap-6">
      <h1 id="users-heading" className="text-xl font-semibold">
        Users
      </h1>
      <Table aria-labelledby="users-heading">
        <TableHeader>
          <tr>
            <TableHead>Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Change</TableHead>
          </tr>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableHead scope="row">{user.name}</TableHead>
              <TableCell>{user.email}</TableCell>
              <TableCell>{ROLE_LABELS[user.role]}</TableCell>
              <TableCell>
                <UserStatusBadge disabled={user.disabled} />
              </TableCell>
              <TableCell>
                {user.id === admin.id ? (
                  <span className="text-slate-600">You</span>
                ) : (
                  <UserRowControls user={user} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <section aria-labelledby="create-user-heading">
        <h2 id="create-user-heading" className="mb-2 text-lg font-semibold">
          Add a user
        </h2>
        <CreateUserForm />
      </section>
    </main>
  );
}
