# case: tabular ResNet applies its blocks through a helper that forwards *args/**kwargs (dropout flag, residual scale) from a config dict -> Graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResNetConfig:
    def __init__(self, d_main=8, d_hidden=16, n_blocks=3, residual_scale=0.5, block_kwargs=None):
        self.d_main = d_main
        self.d_hidden = d_hidden
        self.n_blocks = n_blocks
        self.residual_scale = residual_scale
        self.block_kwargs = block_kwargs


class ResidualBlock(nn.Cell):
    def __init__(self, d_main, d_hidden):
        super().__init__()
        self.norm = nn.BatchNorm1d(d_main)
        self.fc1 = nn.Dense(d_main, d_hidden)
        self.fc2 = nn.Dense(d_hidden, d_main)

    def construct(self, x, scale=1.0, use_norm=True):
        h = self.norm(x) if use_norm else x
        return x + scale * self.fc2(ops.relu(self.fc1(h)))


class TabularResNet(nn.Cell):
    def __init__(self, d_in, config):
        super().__init__()
        self.first = nn.Dense(d_in, config.d_main)
        self.blocks = nn.CellList([ResidualBlock(config.d_main, config.d_hidden)
                                   for _ in range(config.n_blocks)])
        self.scale = config.residual_scale
        self.use_norm = (config.block_kwargs or {}).get("use_norm", True)

    def _apply(self, block, *args, **kwargs):
        return block(*args, **kwargs)

    def construct(self, x):
        h = self.first(x)
        for block in self.blocks:
            h = self._apply(block, h, scale=self.scale, use_norm=self.use_norm)
        return h


def make():
    np.random.seed(50)
    x = Tensor(np.random.randn(6, 5).astype(np.float32))
    return TabularResNet(5, ResNetConfig()), (x,)
