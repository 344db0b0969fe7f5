# case: thermal image hotspot score picks pixels above an absolute temperature with masked_select and averages them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotScorer(nn.Cell):
    """Scores PV modules by the mean temperature of their overheated pixels."""

    def __init__(self, hot_threshold=65.0, ambient_offset=5.0):
        super().__init__()
        self.hot_threshold = hot_threshold
        self.ambient_offset = ambient_offset

    def hot_pixels(self, thermal):
        mask = thermal > self.hot_threshold
        return ops.masked_select(thermal, mask)

    def construct(self, thermal, ambient):
        hot = self.hot_pixels(thermal)
        excess = hot.mean() - (ambient + self.ambient_offset)
        return ops.relu(excess)


def make():
    np.random.seed(0)
    thermal = np.random.uniform(30.0, 80.0, size=(2, 16, 16)).astype(np.float32)
    ambient = Tensor(np.float32(25.0))
    return HotspotScorer(), (Tensor(thermal), ambient)
