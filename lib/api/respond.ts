import { NextResponse } from "next/server";

/** The one error shape of every API route: `{"error": message, ...details}`. */
export function jsonError(status: number, message: string, details: Record<string, unknown> = {}): NextResponse {
  return NextResponse.json({ error: message, ...details }, { status });
}

export function jsonOk<T>(body: T, status = 200): NextResponse {
  return NextResponse.json(body, { status });
}
