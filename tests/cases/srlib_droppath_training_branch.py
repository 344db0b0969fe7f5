# case: Swin MLP block with stochastic depth: DropPath draws a random keep mask only under `if self.training`, model set to eval; drop_path_rate from config -> training branch with shape-based mask, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwinConfig:
    def __init__(self, dim=8, mlp_ratio=2.0, drop_path_rate=0.1, num_blocks=2):
        self.dim = dim
        self.mlp_ratio = mlp_ratio
        self.drop_path_rate = drop_path_rate
        self.num_blocks = num_blocks


class DropPath(nn.Cell):
    def __init__(self, drop_prob=0.0):
        super().__init__()
        self.keep_prob = 1.0 - drop_prob

    def construct(self, x):
        if not self.training or self.keep_prob == 1.0:
            return x
        shape = (x.shape[0],) + (1,) * (x.ndim - 1)
        mask = ops.floor(self.keep_prob + ops.rand(shape, dtype=x.dtype))
        return x / self.keep_prob * mask


class MlpBlock(nn.Cell):
    def __init__(self, dim, mlp_ratio, drop_path):
        super().__init__()
        hidden = int(dim * mlp_ratio)
        self.norm = nn.LayerNorm((dim,))
        self.fc1, self.fc2 = nn.Dense(dim, hidden), nn.Dense(hidden, dim)
        self.act = nn.GELU()
        self.drop_path = DropPath(drop_path) if drop_path > 0 else nn.Identity()

    def construct(self, x):
        return x + self.drop_path(self.fc2(self.act(self.fc1(self.norm(x)))))


class SwinMlpStage(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dpr = [config.drop_path_rate * i / max(config.num_blocks - 1, 1) for i in range(config.num_blocks)]
        self.blocks = nn.CellList([MlpBlock(config.dim, config.mlp_ratio, p) for p in dpr])

    def construct(self, tokens):
        for blk in self.blocks:
            tokens = blk(tokens)
        return tokens


def make():
    np.random.seed(37)
    tokens = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    net = SwinMlpStage(SwinConfig())
    net.set_train(False)
    return net, (tokens,)
