import { render } from 'preact';
import { Welcome } from '../../components/Welcome';
import { pageLanguage } from '../../lib/ui/i18n';
import '../../components/page.css';

pageLanguage(document, 'welcomeTitle');
render(<Welcome />, document.getElementById('app') as HTMLElement);
