# case: height-compression module max-pools the voxel grid along the z axis whose index is read from a dataset layout tensor -> reduce axis from tensor data should be refused in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressionConfig:
    num_bev_features = 16
    keep_dims = False


class HeightCompression(nn.Cell):
    """Collapse a dense (C, D, H, W) voxel volume into a BEV map."""

    def __init__(self, config, in_channels=8):
        super().__init__()
        self.keep_dims = getattr(config, "keep_dims", False)
        self.proj = nn.Conv2d(in_channels, config.num_bev_features, 1, has_bias=True)

    def _collapse(self, volume, layout):
        z_axis = int(layout[0])
        return ops.amax(volume, axis=z_axis, keepdims=self.keep_dims)

    def construct(self, volume, layout):
        bev = self._collapse(volume, layout)
        return self.proj(bev)


def make():
    np.random.seed(3692)
    volume = Tensor(np.random.randn(1, 8, 4, 20, 20).astype(np.float32))
    layout = Tensor(np.array([2, 3, 4], dtype=np.int32))  # (z, y, x) axis indices
    return HeightCompression(CompressionConfig()), (volume, layout)
