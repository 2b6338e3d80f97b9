import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCK, readDock } from '../../lib/ui/panel-dock';

describe('a stored panel dock', () => {
  it('is read field by field, each field the default where it is not what it should be', () => {
    expect(readDock({ corner: 'top-left', moved: true, collapsed: false })).toEqual({
      corner: 'top-left',
      moved: true,
      collapsed: false,
    });
    expect(readDock({ corner: 'middle', moved: 'yes', collapsed: 1 })).toEqual(DEFAULT_DOCK);
    expect(readDock(undefined)).toEqual(DEFAULT_DOCK);
    expect(readDock({ corner: 'top-right', extra: 'x' })).not.toHaveProperty('extra');
  });
});
