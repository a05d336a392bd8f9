/** A measurement that never hangs the whole run: after `ms` it fails with what the page showed. */
export async function withTimeout<T>(work: Promise<T>, ms: number, describe: () => Promise<string>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => void describe().then((message) => reject(new Error(message)), reject), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
