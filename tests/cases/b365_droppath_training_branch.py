# case: Pangu-style transformer stack with stochastic depth in an if self.training branch using a Bernoulli keep-mask multiplied into the residual, layers zipped with per-layer drop rates -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneConfig:
    def __init__(self, dim=16, depth=3, drop_path_rate=0.2, mlp_ratio=2, layer_scale=None):
        self.dim = dim
        self.depth = depth
        self.drop_path_rate = drop_path_rate
        self.mlp_ratio = mlp_ratio
        self.layer_scale = layer_scale


class DropPath(nn.Cell):
    def __init__(self, p=0.0):
        super().__init__()
        self.keep = 1.0 - p

    def construct(self, x):
        if not self.training or self.keep >= 1.0:
            return x
        shape = (x.shape[0],) + (1,) * (x.ndim - 1)
        mask = (ops.rand(shape) < self.keep).astype(x.dtype)
        return x * mask / self.keep


class MLPBlock(nn.Cell):
    def __init__(self, dim, ratio):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.fc1 = nn.Dense(dim, dim * ratio)
        self.fc2 = nn.Dense(dim * ratio, dim)

    def construct(self, x):
        return self.fc2(ops.gelu(self.fc1(self.norm(x))))


class EarthBackbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        rates = [float(r) for r in np.linspace(0.0, config.drop_path_rate, config.depth)]
        self.blocks = nn.CellList([MLPBlock(config.dim, config.mlp_ratio) for _ in rates])
        self.drops = nn.CellList([DropPath(r) for r in rates])
        self.gamma = getattr(config, "layer_scale", None) or 1.0

    def construct(self, x):
        for blk, drop in zip(self.blocks, self.drops):
            x = x + drop(self.gamma * blk(x))
        return x


def make():
    np.random.seed(3682)
    net = EarthBackbone(BackboneConfig())
    net.set_train(True)
    x = Tensor(np.random.randn(2, 24, 16).astype(np.float32))
    return net, (x,)
