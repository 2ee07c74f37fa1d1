// The words of the classroom: the debrief's analysis, the theory notes' sentences, the questions
// for discussion, the debrief page and its Markdown export, the class comparison and class
// codes. A volume of the catalogue (volume.ts), loaded with the debrief and the class pages.
import { classroom } from './en-classroom.ts';
import { volume } from './volume.ts';

export const classroomWords = volume({ en: classroom });
