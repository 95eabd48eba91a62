// The browser tests drive Debian's Chromium (Playwright's own browser download cannot reach
// its servers here). Installs it with apt when it is missing and we are root; otherwise says
// exactly what to run.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.KB_CHROMIUM ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (isRoot && hasApt) {
  console.log(
    `Chromium is missing at ${path}; installing Debian's chromium for the browser tests (about 30 s)…`,
  );
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}.\n` +
    (hasApt
      ? "Install it with:  sudo apt-get install -y chromium\n"
      : "Install Chromium with your package manager,\n") +
    "or point KB_CHROMIUM at an existing Chromium or Chrome binary.",
);
process.exit(1);
