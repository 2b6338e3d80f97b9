import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { pageLanguage } from '../../lib/ui/i18n';
import '../../components/page.css';

pageLanguage(document);
render(<Popup />, document.getElementById('app') as HTMLElement);
