import type {Preview} from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    a11y: {test: 'error'},
  },
};

export default preview;
