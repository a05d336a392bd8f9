/** Sign-in: the company account when IT configured one (single sign-on), else the password form; nothing until main says which. */
import { useConsoleStore } from '../../state/use-console-store';
import { PasswordSignIn } from './password-sign-in';
import { ProviderSignIn } from './provider-sign-in';

/** Renders the sign-in main's options call for. */
export function SignInScreen() {
  const options = useConsoleStore((state) => state.signInOptions);
  if (options?.provider) return <ProviderSignIn />;
  return <PasswordSignIn />;
}
