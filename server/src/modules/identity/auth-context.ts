/** The signed-in caller, resolved from the bearer token (or session cookie) before the handler runs. */
export interface AuthContext {
  userId: string;
  tokenHash: string;
}
