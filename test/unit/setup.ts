import 'fake-indexeddb/auto';

// Every React test renders inside act(); React checks this flag to know it may.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
