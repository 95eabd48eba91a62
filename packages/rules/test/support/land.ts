import { createTriage } from "../../src/index.ts";
import { diagnose } from "../../src/session/diagnose.ts";
import { shippedTrees } from "./trees.ts";

/** The triage over every shipped tree, as readers, `kb diagnose` and the corpus run it. */
export const triage = createTriage(shippedTrees());

/** Where a paste lands from the entry tree: the tree, and the cause when the paste decides one. */
export async function land(paste: string): Promise<{ tree: string; cause?: string }> {
  const { state } = await diagnose(paste, triage);
  return { tree: state.tree, ...(state.cause ? { cause: state.cause.id } : {}) };
}
