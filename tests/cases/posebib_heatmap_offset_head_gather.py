# case: heatmap head with optional offset regression (with_offset from config) reads the x/y offsets at the argmax location via gather_elements and adds them to the integer peak -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, in_channels=32, num_keypoints=17, with_offset=True, offset_scale=1.0):
        self.in_channels = in_channels
        self.num_keypoints = num_keypoints
        self.with_offset = with_offset
        self.offset_scale = offset_scale


class OffsetConv(nn.Conv2d):
    def __init__(self, in_channels, num_keypoints, scale=1.0):
        super().__init__(in_channels, 2 * num_keypoints, 1, has_bias=True)
        self.scale = scale

    def construct(self, x):
        return ops.tanh(super().construct(x)) * self.scale


def gather_at_peak(maps, idx):
    b, k, h, w = maps.shape
    return ops.gather_elements(maps.reshape(b, k, h * w), 2, idx[..., None]).squeeze(-1)


class HeatmapOffsetHead(nn.Cell):
    def __init__(self, config, offset_layer=None):
        super().__init__()
        k = config.num_keypoints
        self.num_keypoints = k
        self.heatmap_layer = nn.Conv2d(config.in_channels, k, 1, has_bias=True)
        self.with_offset = config.with_offset
        if self.with_offset and offset_layer is None:
            offset_layer = OffsetConv(config.in_channels, k, config.offset_scale)
        self.offset_layer = offset_layer

    def construct(self, feats):
        heatmaps = self.heatmap_layer(feats)
        b, k, h, w = heatmaps.shape
        idx = heatmaps.reshape(b, k, h * w).argmax(-1)
        kx = (idx % w).astype(ms.float32)
        ky = (idx // w).astype(ms.float32)
        if self.offset_layer is not None:
            off = self.offset_layer(feats)
            kx = kx + gather_at_peak(off[:, :k], idx)
            ky = ky + gather_at_peak(off[:, k:], idx)
        return heatmaps, ops.stack((kx, ky), -1)


def make():
    np.random.seed(138)
    feats = Tensor(np.random.randn(2, 32, 16, 12).astype(np.float32))
    return HeatmapOffsetHead(HeadConfig()), (feats,)
