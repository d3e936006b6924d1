import { define } from '../internal/define.js';
import { SugamAvatar } from './avatar.js';
import { SugamAvatarGroup } from './avatar-group.js';

export * from './avatar.js';
export * from './avatar-group.js';

define('sugam-avatar', SugamAvatar);
define('sugam-avatar-group', SugamAvatarGroup);
