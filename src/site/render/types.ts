import type { SiteData } from "../data/site-data.js";

/** What every template's render() receives from Eleventy (plus its own pagination alias). */
export interface TemplateData {
  shortlist: SiteData;
}
