# case: ViT block for a DINO student with stochastic depth applied under if self.training using a random keep mask multiplied in, eval path identity -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ViTConfig:
    def __init__(self, dim=16, depth=2, drop_path_rate=0.1, layer_scale_init=None):
        self.dim = dim
        self.depth = depth
        self.drop_path_rate = drop_path_rate
        self.layer_scale_init = layer_scale_init


class DropPath(nn.Cell):
    def __init__(self, drop_prob=0.0):
        super().__init__()
        self.drop_prob = drop_prob

    def construct(self, x):
        if self.drop_prob == 0.0 or not self.training:
            return x
        keep = 1.0 - self.drop_prob
        shape = (x.shape[0],) + (1,) * (x.ndim - 1)
        mask = ops.floor(keep + ops.rand(shape, dtype=x.dtype))
        return x / keep * mask


class MLPBlock(nn.Cell):
    def __init__(self, dim, dpr, layer_scale_init=None):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.fc = nn.Dense(dim, dim)
        self.drop_path = DropPath(dpr)
        self.gamma = ms.Parameter(Tensor(np.full((dim,), layer_scale_init, np.float32)), name="gamma") if layer_scale_init is not None else None

    def construct(self, x):
        h = self.fc(self.norm(x))
        if self.gamma is not None:
            h = h * self.gamma
        return x + self.drop_path(h)


class StudentViT(nn.Cell):
    def __init__(self, config):
        super().__init__()
        rates = [float(r) for r in np.linspace(0, config.drop_path_rate, config.depth)]
        self.blocks = nn.CellList([MLPBlock(config.dim, r, config.layer_scale_init) for r in rates])

    def construct(self, x):
        for blk in self.blocks:
            x = blk(x)
        return x[:, 0]


def make():
    np.random.seed(3695)
    cfg = ViTConfig()
    net = StudentViT(cfg)
    net.set_train(True)
    x = Tensor(np.random.randn(2, 5, cfg.dim).astype(np.float32))
    return net, (x,)
