export { type ApplyOptions, type ApplyResult, applyToTemplateText } from './apply-template.js';
