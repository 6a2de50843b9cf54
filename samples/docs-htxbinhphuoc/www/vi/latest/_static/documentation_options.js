const DOCUMENTATION_OPTIONS = {VERSION: 'latest', LANGUAGE: 'vi', BUILDER: 'html', FILE_SUFFIX: '.html', LINK_SUFFIX: '.html', HAS_SOURCE: false};
