// Entry point: mounts the application into the page.

import { mountApp } from './components/App.js';

mountApp(document.getElementById('app'));
