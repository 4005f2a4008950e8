@echo off
rem webex-restore: runs the command line of webex-recordings-restore on the Java (17 or newer) that JAVA_HOME
rem names, or else the first java on PATH. JAVA_OPTS and then WEBEX_RESTORE_OPTS are passed to java after this
rem script's own options, so either can override them. The exit code is java's, unchanged.
setlocal

set "APP_HOME=%~dp0.."
set "JAR=%APP_HOME%\lib\webex-recordings-restore-cli.jar"
if not exist "%JAR%" (
  echo webex-restore: the installation is incomplete: %JAR% is missing 1>&2
  exit /b 1
)

if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo webex-restore: JAVA_HOME is set to "%JAVA_HOME%", but %JAVA_EXE% does not exist; set JAVA_HOME to a JDK or JRE 17 or newer, or unset it to use the java on PATH 1>&2
  exit /b 1
)
if not defined JAVA_HOME (
  where java.exe >nul 2>nul || (
    echo webex-restore: no java found: install Java 17 or newer, and put it on PATH or set JAVA_HOME 1>&2
    exit /b 1
  )
)

rem Java 17 or newer: the JVM refuses a class file of a newer version with its own message; say it plainly first.
rem One quoted string only in the command below: cmd /c keeps its quotes then, so a java under "Program Files" runs.
set "JAVA_VERSION="
for /f "tokens=3" %%v in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i version') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
for /f "delims=." %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=8"
if not defined JAVA_MAJOR set "JAVA_MAJOR=0"
if %JAVA_MAJOR% LSS 17 (
  echo webex-restore: "%JAVA_EXE%" is Java %JAVA_VERSION%; webex-restore needs Java 17 or newer ^(set JAVA_HOME to a newer one^) 1>&2
  exit /b 1
)

rem a short-lived process: the quick compiler alone and the serial collector start sooner
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% %WEBEX_RESTORE_OPTS% -cp "%JAR%" io.github.wxrestore.cli.Main %*
exit /b %ERRORLEVEL%
