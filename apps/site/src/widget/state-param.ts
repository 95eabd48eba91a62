/** The query parameter that holds a triage state, so a link reopens the same point. */
export const stateParam = "triage";
