# case: mmseg-style decode head whose upsampling helper wraps bilinear interpolate in try/except and falls back to nearest when align_corners is unsupported -> try/except inside construct path (rejected by the graph parser)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    in_channels = (8, 16)
    channels = 8
    num_classes = 4
    align_corners = True


class MultiLevelHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.align_corners = config.align_corners
        self.lateral = nn.CellList([nn.Conv2d(c, config.channels, 1, has_bias=True) for c in config.in_channels])
        self.conv_seg = nn.Conv2d(config.channels, config.num_classes, 1, has_bias=True)

    def _resize(self, x, size):
        try:
            out = ops.interpolate(x, size=size, mode="bilinear", align_corners=self.align_corners)
        except ValueError:
            out = ops.interpolate(x, size=size, mode="nearest")
        return out

    def construct(self, feats):
        target = feats[0].shape[2:]
        fused = 0
        for lateral, feat in zip(self.lateral, feats):
            fused = fused + self._resize(lateral(feat), target)
        return self.conv_seg(fused)


def make():
    np.random.seed(3465)
    f0 = Tensor(np.random.randn(2, 8, 16, 16).astype(np.float32))
    f1 = Tensor(np.random.randn(2, 16, 8, 8).astype(np.float32))
    return MultiLevelHead(HeadConfig()), ((f0, f1),)
