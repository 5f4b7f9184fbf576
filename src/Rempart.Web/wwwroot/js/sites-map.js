// Leaflet maps of the programme: a map of sites (markers with a link) and a picker that reports
// where the user clicked. Leaflet is restored from npm into /lib/leaflet (FrontEnd.targets).
const maps = new WeakMap();
let leaflet;

// Leaflet is a classic script: load it once, only on the pages that show a map.
function loadLeaflet() {
    leaflet ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = "/lib/leaflet/leaflet.js";
        script.onload = () => resolve(window.L);
        script.onerror = () => reject(new Error("leaflet.js could not be loaded"));
        document.head.append(script);
    });
    return leaflet;
}

function create(element, tileUrl, attribution, center, zoom) {
    const map = L.map(element, { scrollWheelZoom: false }).setView(center, zoom);
    if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map);
    maps.set(element, map);
    return map;
}

// A plain element with the marker's text, so the link is reachable and readable.
function popup(site) {
    const box = document.createElement("div");
    const link = document.createElement("a");
    link.href = site.href;
    link.textContent = site.name;
    box.append(link, document.createElement("br"), document.createTextNode(site.commune));
    return box;
}

export async function showSites(element, tileUrl, attribution, sites) {
    await loadLeaflet();
    const map = create(element, tileUrl, attribution, [46.6, 2.4], 5);
    const markers = sites.map(s => L.marker([s.latitude, s.longitude], { title: s.name, alt: s.name }).bindPopup(popup(s)).addTo(map));
    if (markers.length > 0) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.1), { maxZoom: 9 });
}

export async function pick(element, tileUrl, attribution, latitude, longitude, dotnet) {
    await loadLeaflet();
    const hasPoint = latitude !== null && longitude !== null;
    const map = create(element, tileUrl, attribution, hasPoint ? [latitude, longitude] : [46.6, 2.4], hasPoint ? 12 : 5);
    let marker = hasPoint ? L.marker([latitude, longitude]).addTo(map) : null;
    map.on("click", e => {
        const lat = Math.round(e.latlng.lat * 1e6) / 1e6;
        const lng = Math.round(e.latlng.lng * 1e6) / 1e6;
        if (marker) marker.setLatLng([lat, lng]); else marker = L.marker([lat, lng]).addTo(map);
        dotnet.invokeMethodAsync("OnPickedAsync", lat, lng);
    });
}

export function dispose(element) {
    maps.get(element)?.remove();
    maps.delete(element);
}
