// Shuttle Diplomacy in the browser: the shell (Phaser, the DOM layer, the test hook) starts
// here; the game machine and the play screens load when first needed.
import './game/dom/styles.css';
import './game/pages/pages.css';
import { registerOffline, startApp } from './game/index.ts';

void startApp(document, window);
registerOffline(window);
