import { z } from 'zod';

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, 'Name the token (e.g. "CMS integration").').max(100),
});
