import '@mwfa/elements';
