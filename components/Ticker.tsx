// The time left until `until`, rendered by `children` and updated every second. A class, not a
// hook: the provider pages' content scripts carry no preact/hooks (a kilobyte of their budget).
import { Component, type ComponentChildren } from 'preact';
import { timeLeft } from './time-left';

interface Props {
  until: number;
  children: (left: string) => ComponentChildren;
}

export class Ticker extends Component<Props> {
  private timer?: ReturnType<typeof setInterval>;
  override componentDidMount() {
    this.timer = setInterval(() => this.forceUpdate(), 1000);
  }
  override componentWillUnmount() {
    clearInterval(this.timer);
  }
  override render() {
    return this.props.children(timeLeft(this.props.until));
  }
}
