// Text handling shared by markings, search, screening and tracing: one normalization, one folding
// of look-alike letters, one transliteration and one tokenizer, so that every module compares
// and indexes text the same way.
export { canonicalWord } from './text.abbreviations.ts';
export { foldForSearch } from './text.fold.ts';
export { type LegalFormSplit, stripLegalForms } from './text.legal.ts';
export { legalFormKey } from './text.legalkeys.ts';
export { foldLookalikes } from './text.lookalikes.ts';
export {
  NAME_MAX_TOKENS,
  type NameForm,
  type NameSchema,
  type NameToken,
  nameForm,
  nameForms,
} from './text.names.ts';
export { normalize } from './text.normalize.ts';
export { matchesTerms, QUERY_MAX_TERMS, queryTerms } from './text.query.ts';
export { extendSearchText, SEARCH_TEXT_MAX_LENGTH, searchText } from './text.search.ts';
export { ABJAD_SCRIPT, abjadSkeletons, consonantSkeleton } from './text.skeleton.ts';
export { tokenize } from './text.tokenize.ts';
export { transliterate, transliterations } from './text.transliterate.ts';
