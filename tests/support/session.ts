/** Makes server actions in this test file run as `userId` (or as nobody). */
export function signInAs(userId: string | null) {
  (globalThis as { __testUserId?: string }).__testUserId = userId ?? undefined;
}
