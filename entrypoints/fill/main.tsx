// The Fill frame: the Upstack panel as an extension page inside the dashboard (lib/ui/fill-app.tsx).
import '../../components/card.css';
import '../../components/overlay.css';
import '../../components/fill.css';
import { runFillFrame } from '../../lib/ui/fill-app';

void runFillFrame(document.getElementById('app') as HTMLElement);
