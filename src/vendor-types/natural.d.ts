// natural ships no types for its submodules; we import submodules only, because the
// package root loads every storage backend (slow, and prints banners to stdout).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
