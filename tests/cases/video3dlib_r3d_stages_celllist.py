# case: R(2+1)D-style backbone iterating zip(stages, downsample) over nn.CellList with per-stage strides from config -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class R21DConfig:
    stage_channels = (8, 16, 16)
    temporal_strides = (1, 2, 1)
    in_channels = 3
    zero_init_residual = False


class SpatioTemporalConv(nn.Cell):
    """Factorised (2+1)D conv: spatial 1xkxk then temporal kx1x1."""

    def __init__(self, c_in, c_out, t_stride=1):
        super().__init__()
        mid = max(c_in, c_out)
        self.spatial = nn.Conv3d(c_in, mid, (1, 3, 3), pad_mode="same")
        self.temporal = nn.Conv3d(mid, c_out, (3, 1, 1), stride=(t_stride, 1, 1), pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.temporal(self.act(self.spatial(x))))


class R21DBackbone(nn.Cell):
    def __init__(self, config=R21DConfig):
        super().__init__()
        chans = (config.in_channels,) + tuple(config.stage_channels)
        self.stages = nn.CellList([
            SpatioTemporalConv(c_in, c_out, s)
            for c_in, c_out, s in zip(chans[:-1], chans[1:], config.temporal_strides)
        ])
        self.shortcuts = nn.CellList([
            nn.Conv3d(c_in, c_out, 1, stride=(s, 1, 1), pad_mode="valid")
            for c_in, c_out, s in zip(chans[:-1], chans[1:], config.temporal_strides)
        ])

    def construct(self, x):
        feats = []
        for idx, (stage, shortcut) in enumerate(zip(self.stages, self.shortcuts)):
            x = stage(x) + shortcut(x)
            if idx > 0:
                feats.append(x.mean(axis=(2, 3, 4)))
        return x, ops.concat(feats, axis=-1)


def make():
    np.random.seed(117)
    x = Tensor(np.random.randn(1, 3, 8, 12, 12).astype(np.float32))
    return R21DBackbone(), (x,)
