def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] The notice directory incidents does not exist; no notices checked. Set incident-notice.noticeDirectory if they are elsewhere.')
assert log.contains('BUILD SUCCESS')
