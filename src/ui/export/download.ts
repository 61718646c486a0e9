// Saving a generated file: a temporary object URL clicked as a download, released a moment later.

/** Downloads blob as a file called name. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Lets the page breathe between chunks of a long export (input, rendering), then continues. */
export const nextTask = (): Promise<void> => new Promise((resolve) => { setTimeout(resolve, 0); });
