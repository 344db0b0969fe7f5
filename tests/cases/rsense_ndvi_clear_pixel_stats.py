# case: NDVI statistics over cloud-free pixels collected with masked_select -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClearSkyNDVIStats(nn.Cell):
    """Per-scene NDVI summary restricted to pixels the cloud model marks clear."""

    def __init__(self, red_band=2, nir_band=3, cloud_thresh=0.6, eps=1e-6):
        super().__init__()
        self.red_band = red_band
        self.nir_band = nir_band
        self.cloud_thresh = cloud_thresh
        self.eps = eps

    def ndvi(self, scene):
        red = scene[:, self.red_band]
        nir = scene[:, self.nir_band]
        return (nir - red) / (nir + red + self.eps)

    def clear_values(self, index, cloud_prob):
        clear = cloud_prob < self.cloud_thresh
        return ops.masked_select(index, clear)

    def construct(self, scene, cloud_prob):
        values = self.clear_values(self.ndvi(scene), cloud_prob)
        mean = values.mean()
        spread = values.max() - values.min()
        return mean, spread


def make():
    np.random.seed(0)
    scene = Tensor(np.random.rand(2, 4, 16, 16).astype(np.float32))
    cloud = Tensor(np.random.rand(2, 16, 16).astype(np.float32))
    return ClearSkyNDVIStats(), (scene, cloud)
