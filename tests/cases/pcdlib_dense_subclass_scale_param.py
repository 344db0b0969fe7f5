# case: point-wise projection as an nn.Dense subclass whose learnable layer-scale Parameter is created in a helper called by __init__, construct flattens (B, N, C) and calls super().construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer


class ProjConfig:
    def __init__(self, layer_scale_init=1e-2, use_layer_scale=True):
        self.layer_scale_init = layer_scale_init
        self.use_layer_scale = use_layer_scale


class PointwiseDense(nn.Dense):
    def __init__(self, in_channels, out_channels, config=None, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        config = config if config is not None else ProjConfig()
        self.use_layer_scale = config.use_layer_scale
        self._init_layer_scale(out_channels, config.layer_scale_init)

    def _init_layer_scale(self, dim, value):
        self.gamma = Parameter(initializer(value, (dim,), ms.float32), name="gamma")

    def construct(self, x):
        b, n, c = x.shape
        y = super().construct(x.reshape(b * n, c)).reshape(b, n, -1)
        if self.use_layer_scale:
            y = y * self.gamma
        return y


class ResidualPointBlock(nn.Cell):
    def __init__(self, channels, config=None):
        super().__init__()
        self.proj = PointwiseDense(channels, channels, config, has_bias=True)
        self.norm = nn.LayerNorm((channels,))

    def construct(self, feats):
        return feats + self.proj(ops.gelu(self.norm(feats)))


def make():
    np.random.seed(3514)
    feats = Tensor(np.random.randn(2, 64, 16).astype(np.float32))
    return ResidualPointBlock(16), (feats,)
