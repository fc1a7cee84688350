import { z } from 'zod';
import { safeText } from './safe-text';

export const createTokenSchema = z.object({
  name: safeText().trim().min(1, 'Name the token (e.g. "CMS integration").').max(100),
});
