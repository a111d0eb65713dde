/** One problem with an uploaded file; `row` is the spreadsheet row (header = 1), 0 for the file as a whole. */
export interface ImportError {
  row: number;
  column: string;
  value: string;
  message: string;
}

export const MAX_REPORTED_ERRORS = 200;

/** Keeps the first `cap` errors and the exact total. */
export class ErrorCollector {
  readonly errors: ImportError[] = [];
  total = 0;

  constructor(private readonly cap = MAX_REPORTED_ERRORS) {}

  add(error: ImportError): void {
    this.total += 1;
    if (this.errors.length < this.cap) this.errors.push(error);
  }

  get sorted(): ImportError[] {
    return [...this.errors].sort((a, b) => a.row - b.row);
  }
}
