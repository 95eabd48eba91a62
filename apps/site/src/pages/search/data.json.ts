import type { APIRoute } from "astro";
import { searchData } from "../../search/search-data.ts";

/** The site's words and page names, for the search dialog's "did you mean" and best bets. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchData(import.meta.env.BASE_URL.replace(/\/?$/, "/"))), {
    headers: { "Content-Type": "application/json" },
  });
