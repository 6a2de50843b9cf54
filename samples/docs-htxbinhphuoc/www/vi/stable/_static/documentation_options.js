const DOCUMENTATION_OPTIONS = {VERSION: 'stable', LANGUAGE: 'vi', BUILDER: 'html', FILE_SUFFIX: '.html', LINK_SUFFIX: '.html', HAS_SOURCE: false};
