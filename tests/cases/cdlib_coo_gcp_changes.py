# case: change values sampled at ground-control points are packed into an ms.COOTensor and densified back to a sparse change raster -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GCPConfig:
    height = 16
    width = 16
    scale = 1.0


class GCPChangeRaster(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shape = (config.height, config.width)
        self.scale = config.scale

    def _sample(self, change_map, gcp_idx):
        rows = gcp_idx[:, 0]
        cols = gcp_idx[:, 1]
        return change_map[rows, cols] * self.scale

    def construct(self, change_map, gcp_idx):
        values = self._sample(change_map, gcp_idx)
        sparse = ms.COOTensor(gcp_idx, values, self.shape)
        return sparse.to_dense()


def make():
    np.random.seed(21)
    cmap = Tensor(np.random.rand(16, 16).astype(np.float32))
    idx = np.stack([np.random.choice(16, 10, replace=False), np.random.choice(16, 10, replace=False)], axis=1)
    return GCPChangeRaster(GCPConfig()), (cmap, Tensor(idx.astype(np.int32)))
