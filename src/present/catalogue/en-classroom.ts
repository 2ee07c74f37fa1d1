// The English words of the classroom (src/classroom and the pages that show it): the debrief's
// analysis, the theory notes' sentences, the questions for discussion, the debrief page and its
// Markdown export, the class comparison and class codes. The theory's sources and the glossary's
// entries are reference content, kept beside the classroom code.
import { analysis } from './en-class-analysis.ts';
import { compareClass } from './en-class-compare.ts';
import { debrief } from './en-class-debrief.ts';
import { questions } from './en-class-questions.ts';
import { theory } from './en-class-theory.ts';

export const classroom = { analysis, compareClass, debrief, questions, theory };
