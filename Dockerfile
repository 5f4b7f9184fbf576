# Rempart: build with the .NET SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t rempart .
#   docker run -p 8080:8080 -v rempart-data:/data rempart
# The data folder (/data) holds the SQLite file, uploads, keys and indexes: keep it on a volume.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The publish is for the image's runtime (linux-x64, or linux-arm64 on an ARM builder), which
# Rempart.Web.csproj compiles ahead (ReadyToRun): a server starts in about half the time (decision 0031).
ARG TARGETARCH
# npm restores the front-end packages (Leaflet) during the build (FrontEnd.targets).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json nuget.config Directory.Build.props Directory.Packages.props Rempart.sln .editorconfig ./
COPY src/Rempart.Domain/Rempart.Domain.csproj src/Rempart.Domain/
COPY src/Rempart.Data/Rempart.Data.csproj src/Rempart.Data/
COPY src/Rempart.Web/Rempart.Web.csproj src/Rempart.Web/BlazorScript.targets src/Rempart.Web/FrontEnd.targets src/Rempart.Web/package.json src/Rempart.Web/package-lock.json src/Rempart.Web/
RUN dotnet restore src/Rempart.Web/Rempart.Web.csproj -r linux-$([ "$TARGETARCH" = "arm64" ] && echo arm64 || echo x64)
COPY src/ src/
RUN dotnet publish src/Rempart.Web/Rempart.Web.csproj -c Release -r linux-$([ "$TARGETARCH" = "arm64" ] && echo arm64 || echo x64) \
      --self-contained false -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# pdftotext (poppler-utils) extracts the text of PDFs for the document search; ocrmypdf reads
# scanned ones (French and English). Build with --build-arg OCR=false for a smaller image without it.
ARG OCR=true
RUN apt-get update \
 && apt-get install -y --no-install-recommends poppler-utils libvips-tools curl \
 && if [ "$OCR" = "true" ]; then apt-get install -y --no-install-recommends ocrmypdf tesseract-ocr-fra tesseract-ocr-eng; fi \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /data && chown app:app /data
WORKDIR /app
COPY --from=build --chown=root:root /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__Root=/data \
    Logging__Console__FormatterName=json
VOLUME ["/data"]
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "Rempart.Web.dll"]
