/** The output formats, apart from the renderers: the CLI declares its options without loading them. */
export type ScoreFormat = 'table' | 'json' | 'jsonl' | 'csv' | 'markdown' | 'html';
export type JobFormat = 'table' | 'json';
export type ResumeFormat = 'table' | 'json';

export const SCORE_FORMATS: ScoreFormat[] = ['table', 'json', 'jsonl', 'csv', 'markdown', 'html'];
