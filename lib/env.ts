import 'server-only';
import { readEnv } from '@/lib/schemas/env';

/** The environment, parsed and checked once: read settings from here, never from process.env. */
export const env = readEnv();
