/** Knowledge-base entries the popup tests expect to see, read from the real data. */
import { conceptById } from '../../src/knowledge';

const found = conceptById('sciatica');
if (!found) throw new Error('the glossary has no "sciatica"');
export const sciatica = found;
