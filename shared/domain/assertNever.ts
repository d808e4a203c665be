/** Compile-time proof that a switch over a closed union handled every member. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
