import type { HeaderList } from './header-list.js';

/** A finished error response, before it is put in the shape of one event kind. */
export interface ErrorReply {
  status: number;
  contentType: string;
  /** Every other header, Content-Type excluded (the writers put it first). */
  headers: HeaderList;
  body: string;
  /** Cookies the response already had as a `cookies` array; only HTTP API 2.0 / Function URL responses have one. */
  cookies: string[] | undefined;
}
