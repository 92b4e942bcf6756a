import { render } from 'preact';

render(<p>Balans</p>, document.getElementById('app') as HTMLElement);
