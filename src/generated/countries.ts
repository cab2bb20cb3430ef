/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/countries.schema.json. Regenerate with `npm run types`.
 */

/**
 * Pointer to this schema for editors.
 */
export type SchemaReference = string;
/**
 * Where the list comes from.
 */
export type Source = string;
/**
 * English short name.
 */
export type CountryName = string;

/**
 * ISO 3166-1 alpha-2 country codes with English names (content/reference/countries.json), the vocabulary for headquarters.country.
 */
export interface Countries {
  $schema?: SchemaReference;
  source: Source;
  countries: Countries1;
}
/**
 * Code to English short name.
 */
export interface Countries1 {
  [k: string]: CountryName | undefined;
}
