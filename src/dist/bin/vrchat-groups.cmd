@echo off
rem vrchat-groups: the command line of vrchat-groups-client (docs\command-line.md).
rem Needs Java 17 or newer: %JAVA_HOME%\bin\java.exe, else java on the PATH. JAVA_OPTS adds JVM options.
rem A command runs for well under a second: the client compiler only and the serial collector start it fastest.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -cp "%APP_HOME%\lib\*" io.github.vrchatgroups.client.cli.VrchatGroupsCli %*
exit /b %ERRORLEVEL%
