/** Where things live in the repository. One place, so that tools and tests agree. */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const schemasDir = join(repoRoot, "schemas");
export const contentDir = join(repoRoot, "content");
export const profilesDir = join(contentDir, "profiles");
export const referenceDir = join(contentDir, "reference");
