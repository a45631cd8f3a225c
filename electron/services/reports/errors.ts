export class ReportError extends Error {
  constructor(
    readonly code: 'bad_request' | 'not_found' | 'invalid_state' | 'internal',
    message: string,
  ) {
    super(message);
  }
}
