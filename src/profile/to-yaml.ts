import { stringify } from 'yaml';
import type { JobProfile } from '../types.js';

/** The job profile as YAML, with a header that tells a recruiter what they may edit. */
export function jobProfileToYaml(profile: JobProfile): string {
  const header = [
    '# jobfit job profile. Edit weights, tiers (required | preferred), members of anyOf,',
    '# years, or delete whole requirements; then: jobfit score THIS_FILE resumes/',
    '',
  ].join('\n');
  return header + stringify(profile, { lineWidth: 0 });
}
