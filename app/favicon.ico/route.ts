// Clients that ask for /favicon.ico without reading the page (feed readers, bookmarks) get the icon too.
export function GET(request: Request) {
  return Response.redirect(new URL('/icon.svg', request.url), 308);
}
