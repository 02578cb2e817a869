// Taro's React proxies for H5 are one module (lib/react/components.js), and webpack decides which
// exports are used for the whole build: the form controls one page uses (Picker, Textarea, Input,
// ~8 KB gzip with their web components) were therefore downloaded by every page, the home page
// included. The components this app uses each get their own module, so a control travels only
// with the pages that render it; everything else still comes from Taro's module as shipped.
export * from '@tarojs/components/lib/react/components.js';
export { Button } from './button.js';
export { Image } from './image.js';
export { Input } from './input.js';
export { Picker } from './picker.js';
export { Text } from './text.js';
export { Textarea } from './textarea.js';
export { View } from './view.js';
