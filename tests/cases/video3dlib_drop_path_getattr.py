# case: divided space-time block applies stochastic depth looked up with getattr(self, "drop_path", None) and only when self.training; net is in eval mode -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, dim=16, drop_path_rate=0.1, layer_scale_init=None):
        self.dim = dim
        self.drop_path_rate = drop_path_rate
        self.layer_scale_init = layer_scale_init


class DropPath(nn.Cell):
    def __init__(self, p):
        super().__init__()
        self.keep = 1.0 - p

    def construct(self, x):
        shape = (x.shape[0],) + (1,) * (x.ndim - 1)
        mask = ops.bernoulli(ops.full(shape, self.keep, dtype=x.dtype))
        return x * mask / self.keep


class DividedSpaceTimeBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.time_mlp = nn.Dense(config.dim, config.dim)
        self.space_mlp = nn.Dense(config.dim, config.dim)
        if config.drop_path_rate > 0:
            self.drop_path = DropPath(config.drop_path_rate)
        self.gamma = None if config.layer_scale_init is None else ms.Parameter(
            Tensor(np.full((config.dim,), config.layer_scale_init, np.float32)), name="gamma")

    def _residual(self, x, branch):
        if self.gamma is not None:
            branch = branch * self.gamma
        drop_path = getattr(self, "drop_path", None)
        if self.training and drop_path is not None:
            branch = drop_path(branch)
        return x + branch

    def construct(self, x):
        # x: (B, T, S, D)
        x = self._residual(x, self.time_mlp(x.mean(axis=2, keep_dims=True)).broadcast_to(x.shape))
        x = self._residual(x, self.space_mlp(x))
        return x


def make():
    np.random.seed(136)
    blk = DividedSpaceTimeBlock(BlockConfig())
    blk.set_train(False)
    x = Tensor(np.random.randn(2, 4, 6, 16).astype(np.float32))
    return blk, (x,)
