// Every script runs on the Node that the root `node` devDependency puts in node_modules/.bin
// (Astro 7 and Vitest 5 need >= 22.12; machines here ship Node 20). This says so plainly when
// that did not happen, instead of letting Astro fail with a less helpful message.
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This repository needs Node >= 22.12, but scripts run on Node ${process.version}.\n` +
      "The `node` devDependency provides it: run the install again with pnpm (`npx -y pnpm@10.34.9 install`),\n" +
      "and check that `node` is listed under onlyBuiltDependencies in pnpm-workspace.yaml, so its install script may run.",
  );
  process.exit(1);
}
console.log(`Node ${process.version} (${process.execPath})`);
