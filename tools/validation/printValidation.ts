/** `npm run validation`: the validation table as Markdown, for the README and docs/physics.md. */
import { validationMarkdown, validationRows } from './validationRows';

console.log(validationMarkdown(validationRows()));
