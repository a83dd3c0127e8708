/**
 * The browser entry. It loads the app in steps, each evaluated in a task of its own (React, then
 * the app with its router and query cache), so that no single task of evaluating code keeps
 * the page from answering. `boot.js`, inlined in the page, has already asked for all of them.
 * The stylesheet is imported here so the build inlines it into every prerendered page.
 */
import './styles/global.css';
import { nextTask } from './lib/nextTask';

await import('react-dom/client');
await nextTask();
const { startApp } = await import('./app/startApp');
await nextTask();
await startApp();
