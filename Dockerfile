# OpenData API: GraphQL endpoint and the Banana Cake Pop IDE at /graphql.
#
#   docker build -t opendata .
#   docker run -p 8080:8080 opendata
#   then open http://localhost:8080/graphql
#
# The SQLite database lives in the /data volume and is built from /app/seed on first start; keep it
# across containers with a named volume: docker run -p 8080:8080 -v opendata-data:/data opendata
# Several instances on PostgreSQL and Redis: compose.yaml.

# ---- build ----------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build

# OpenData.Api.csproj runs `npm ci` in src/OpenData.Api/Ide/ to fetch the IDE (any npm >= 7 reads the lock file).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src

# Restore from the project files alone, so the layers below stay cached until a dependency changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/OpenData.Api/OpenData.Api.csproj src/OpenData.Api/
COPY src/OpenData.Api/Ide/package.json src/OpenData.Api/Ide/package-lock.json src/OpenData.Api/Ide/
# Restored for the runtime the image runs on, so the publish below can compile ReadyToRun.
RUN dotnet restore src/OpenData.Api -r linux-x64 -p:PublishReadyToRun=true
# The csproj's RestoreGraphQLIde target hangs off the build (BeforeBuild), not off restore, so it would
# run again in the publish below; running npm ci here caches the download in its own layer. The touch
# matches the target's own: the stamp must be newer than package-lock.json for the target to skip.
RUN cd src/OpenData.Api/Ide \
    && npm ci --no-audit --no-fund \
    && touch node_modules/.package-lock.json

# The rest of the sources (.dockerignore keeps bin/, obj/, node_modules/ and databases out), then publish.
# The build still runs RestoreGraphQLIde and IncludeGraphQLIde (npm ci again only if the lock file is
# newer than the stamp), which copy the IDE into /app/graphql-ide/.
COPY . .
# ReadyToRun: the code is compiled ahead of time, so start-up does not wait for the JIT (bench/startup.sh measures it).
RUN dotnet publish src/OpenData.Api -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o /app --no-restore

# ---- runtime --------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

COPY --from=build /app ./
# Reports read on start (the .txt files and their .curated.json companions).
COPY seed/ /app/seed/

# The database folder must be writable by the non-root user (SQLite also writes -wal/-shm files next to it).
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data
VOLUME /data

ENV Seed__Directory=/app/seed \
    ConnectionStrings__OpenData="Data Source=/data/opendata.db" \
    ASPNETCORE_URLS=http://+:8080

# The aspnet image's non-root user `app` (uid $APP_UID).
USER $APP_UID
EXPOSE 8080
# Ready: the database answers and holds the reports (/health/ready; Redis down is Degraded, still 200). The image has
# no curl: bash's /dev/tcp sends the request. The start period covers a first start that builds the SQLite database.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "OpenData.Api.dll"]
