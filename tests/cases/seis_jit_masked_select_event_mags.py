# case: jit function that keeps magnitudes of events inside the region polygon bounding box via masked_select and returns their mean -> masked_select in an ms.jit function, dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LAT_MIN, LAT_MAX = 32.0, 36.0
LON_MIN, LON_MAX = -120.0, -115.0


@ms.jit
def regional_mean_magnitude(lat, lon, mag):
    inside = (lat >= LAT_MIN) & (lat <= LAT_MAX) & (lon >= LON_MIN) & (lon <= LON_MAX)
    local = ops.masked_select(mag, inside)
    return local.mean(), local


def make():
    np.random.seed(20)
    n = 20
    lat = np.random.uniform(30, 38, n).astype(np.float32)
    lon = np.random.uniform(-122, -113, n).astype(np.float32)
    mag = np.random.uniform(1.0, 5.0, n).astype(np.float32)
    return regional_mean_magnitude, (Tensor(lat), Tensor(lon), Tensor(mag))
