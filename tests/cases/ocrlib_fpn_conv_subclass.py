# case: DBNet FPN neck built from an nn.Conv2d subclass (super().construct plus an optional per-channel scale Parameter created in a helper), laterals zipped with inputs over nn.CellList -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class FPNConfig:
    def __init__(self, in_channels=(8, 16, 32), out_channels=16, use_layer_scale=True, init_scale=1.0):
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.use_layer_scale = use_layer_scale
        self.init_scale = init_scale


class ScaledConv2d(nn.Conv2d):
    def __init__(self, in_ch, out_ch, kernel_size, use_layer_scale=False, init_scale=1.0, **kwargs):
        super().__init__(in_ch, out_ch, kernel_size, **kwargs)
        self.use_layer_scale = use_layer_scale
        self.gamma = None
        if use_layer_scale:
            self._init_scale(out_ch, init_scale)

    def _init_scale(self, channels, value):
        self.gamma = Parameter(Tensor(np.full((1, channels, 1, 1), value, np.float32)), name="gamma")

    def construct(self, x):
        out = super().construct(x)
        if self.gamma is not None:
            out = out * self.gamma
        return out


class DBFPN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        kw = dict(use_layer_scale=config.use_layer_scale, init_scale=config.init_scale, has_bias=False)
        self.laterals = nn.CellList([ScaledConv2d(c, config.out_channels, 1, **kw) for c in config.in_channels])
        self.outs = nn.CellList([ScaledConv2d(config.out_channels, config.out_channels // 4, 3, **kw)
                                 for _ in config.in_channels])

    def construct(self, *features):
        lat = [conv(f) for conv, f in zip(self.laterals, features)]
        for i in range(len(lat) - 1, 0, -1):
            lat[i - 1] = lat[i - 1] + ops.interpolate(lat[i], size=lat[i - 1].shape[-2:], mode="nearest")
        target = lat[0].shape[-2:]
        outs = [ops.interpolate(conv(x), size=target, mode="nearest") for conv, x in zip(self.outs, lat)]
        return ops.concat(outs, axis=1)


def make():
    np.random.seed(38)
    feats = tuple(Tensor(np.random.randn(1, c, s, s).astype(np.float32)) for c, s in ((8, 32), (16, 16), (32, 8)))
    return DBFPN(FPNConfig()), feats
