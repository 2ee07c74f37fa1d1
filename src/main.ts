// Shuttle Diplomacy in the browser: the shell (Phaser, the DOM layer, the test hook) starts
// here; the game machine and the play screens load when first needed.
import './game/dom/styles.css';
import './game/pages/pages.css';
import { isClassAddress, registerOffline, startApp, startClassroom } from './game/index.ts';

// The class server's pages when the address asks for them; otherwise the game, with no network.
if (isClassAddress(window.location.search)) startClassroom(document, window);
else void startApp(document, window);
registerOffline(window);
