# case: locate storm cell pixels with ops.nonzero on a reflectivity mask and average their coordinates -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StormCentroid(nn.Cell):
    def __init__(self, dbz_threshold=40.0, pixel_km=1.0):
        super().__init__()
        self.dbz_threshold = dbz_threshold
        self.pixel_km = pixel_km

    def construct(self, frame):
        # frame: (H, W) reflectivity in dBZ
        core = frame >= self.dbz_threshold
        coords = ops.nonzero(core)
        coords = coords.astype(ms.float32) * self.pixel_km
        centroid = coords.mean(axis=0)
        n_pixels = coords.shape[0]
        return centroid, n_pixels


def make():
    np.random.seed(1)
    frame = np.random.uniform(0, 35, (20, 20)).astype(np.float32)
    frame[5:9, 10:14] = 48.0
    return StormCentroid(), (Tensor(frame),)
