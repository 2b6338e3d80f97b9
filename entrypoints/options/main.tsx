import { render } from 'preact';
import { Options } from '../../components/Options';
import { pageLanguage } from '../../lib/ui/i18n';
import '../../components/page.css';

pageLanguage(document, 'optionsTitle');
render(<Options />, document.getElementById('app') as HTMLElement);
