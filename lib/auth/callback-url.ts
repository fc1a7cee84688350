/** Only same-site paths are followed after sign-in, never another host. */
export function safeCallbackUrl(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/newsroom';
  return value;
}
