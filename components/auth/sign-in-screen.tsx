import { KeelMark } from "./keel-mark";
import { SignInForm } from "./sign-in-form";

/** What anyone without a session sees, whatever the URL: the root layout renders this instead of the page. */
export function SignInScreen({ nobody }: { nobody: boolean }) {
  return (
    <div className="flex min-h-[70vh] items-center justify-center">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="mb-6 flex flex-col items-center gap-2 text-center">
          <KeelMark size={36} />
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">Sign in to Keel</h1>
        </div>
        {nobody ? (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Nobody can sign in yet: set <code>ADMIN_EMAIL</code> and <code>ADMIN_PASSWORD</code> and restart Keel.
          </p>
        ) : (
          <SignInForm />
        )}
      </div>
    </div>
  );
}
