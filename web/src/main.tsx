import { render } from 'preact';
import { ConcertApi } from './api/ConcertApi';
import { App } from './app/App';
import './styles.css';

const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element.');
render(<App api={new ConcertApi((input, init) => fetch(input, init))} />, root);
