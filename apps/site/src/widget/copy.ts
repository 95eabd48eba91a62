/**
 * Copies a command with the Clipboard API and says so beside the button. Where the API is
 * missing or refused (an insecure origin, a denied permission), the command is selected
 * instead and the reader is told to copy it with the keyboard.
 */
export function copyCommand(text: string, button: HTMLButtonElement): void {
  const status = button.parentElement?.querySelector(".kb-copy__status");
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const fallback = () => {
    const code = button.parentElement?.previousElementSibling;
    const selection = getSelection();
    if (code && selection) selection.selectAllChildren(code);
    say("Could not copy: the command is selected, press Ctrl+C (⌘C on a Mac).");
  };
  if (!navigator.clipboard?.writeText) return fallback();
  navigator.clipboard.writeText(text).then(() => say("Copied"), fallback);
}
