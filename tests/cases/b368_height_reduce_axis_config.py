# case: height compression collapses the voxel volume along config.height_axis (a Python int) with amax, optionally concatenating a mean-pooled plane -> reduce axis from config is constant; should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CompressionConfig:
    def __init__(self, height_axis=2, num_bev_features=16, with_mean_plane=True):
        self.height_axis = height_axis
        self.num_bev_features = num_bev_features
        self.with_mean_plane = with_mean_plane


class HeightPoolCompression(nn.Cell):
    def __init__(self, config, in_channels=8):
        super().__init__()
        self.height_axis = config.height_axis
        self.with_mean = getattr(config, "with_mean_plane", False)
        factor = 2 if self.with_mean else 1
        self.proj = nn.Conv2d(in_channels * factor, config.num_bev_features, 1, has_bias=True)

    def construct(self, volume):
        planes = [ops.amax(volume, axis=self.height_axis)]
        if self.with_mean:
            planes.append(volume.mean(axis=self.height_axis))
        bev = ops.concat(planes, axis=1) if len(planes) > 1 else planes[0]
        return self.proj(bev)


def make():
    np.random.seed(3713)
    volume = Tensor(np.random.randn(1, 8, 4, 20, 20).astype(np.float32))
    return HeightPoolCompression(CompressionConfig()), (volume,)
