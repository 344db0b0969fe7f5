# case: near miss: a config object gives in_channels, so __init__'s helper builds the weight Parameter and construct's lazy branch is folded away: static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, HeUniform


class LazyConfig:
    def __init__(self, out_channels=32, in_channels=None, use_bias=True):
        self.out_channels = out_channels
        self.in_channels = in_channels
        self.use_bias = use_bias


class LazyPointProjection(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.out_channels = config.out_channels
        self.use_bias = config.use_bias
        self.weight = None
        if config.in_channels is not None:
            self._init_weight(config.in_channels)
        self.bias = Parameter(ops.zeros(self.out_channels, ms.float32), name="bias") if self.use_bias else None

    def _init_weight(self, in_channels):
        self.weight = Parameter(initializer(HeUniform(), (self.out_channels, in_channels), ms.float32), name="weight")

    def construct(self, point_feats):
        if self.weight is None:
            self._init_weight(point_feats.shape[-1])
        out = ops.matmul(point_feats, self.weight.T)
        if self.bias is not None:
            out = out + self.bias
        return ops.relu(out)


def make():
    np.random.seed(3697)
    net = LazyPointProjection(LazyConfig(in_channels=4))
    pts = Tensor(np.random.randn(256, 4).astype(np.float32))
    return net, (pts,)
