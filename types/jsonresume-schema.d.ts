// @jsonresume/schema ships no types: its validator, as validator.js exports it.
declare module '@jsonresume/schema' {
  export function validate(resume: unknown, callback: (errors: unknown, valid: boolean) => void): void
  export const schema: Record<string, unknown>
}
