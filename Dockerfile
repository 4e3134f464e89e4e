# Paperboy's image: stage 1 makes the release archive (mvn package; a release archive already in target/
# is used as it is), stage 2 is a Java runtime with that archive unpacked in /opt/paperboy, run as the
# user paperboy with its data in the volume /var/lib/paperboy. See docs/operating.md.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS release
WORKDIR /src
COPY . .
RUN if ! ls target/paperboy-*-release.tar.gz >/dev/null 2>&1; then mvn -B -q -Dmaven.test.skip=true package; fi \
 && mkdir /release && tar xzf target/paperboy-*-release.tar.gz -C /release --strip-components=1

FROM ${RUNTIME_IMAGE}
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/paperboy --create-home paperboy
COPY --from=release /release /opt/paperboy
ENV PAPERBOY_DATA=/var/lib/paperboy PAPERBOY_WEB_HOST=0.0.0.0 PAPERBOY_WEB_PORT=8080
VOLUME /var/lib/paperboy
USER paperboy
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s CMD ["/opt/paperboy/bin/healthcheck"]
ENTRYPOINT ["/opt/paperboy/bin/docker-entrypoint"]
CMD ["serve"]
