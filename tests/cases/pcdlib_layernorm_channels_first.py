# case: nn.LayerNorm subclass for channels-first point features (B, C, N) that transposes around super().construct, used inside a Point-Transformer-style block -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, channels=16, channels_first=True, eps=1e-5, mlp_ratio=2):
        self.channels = channels
        self.channels_first = channels_first
        self.eps = eps
        self.mlp_ratio = mlp_ratio


class PointLayerNorm(nn.LayerNorm):
    def __init__(self, channels, channels_first=True, eps=1e-5):
        super().__init__((channels,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)
        self.channels_first = channels_first

    def construct(self, x):
        if self.channels_first:
            return super().construct(x.transpose(0, 2, 1)).transpose(0, 2, 1)
        return super().construct(x)


class PointMLPBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c = config.channels
        self.norm = PointLayerNorm(c, config.channels_first, config.eps)
        self.fc1 = nn.Conv1d(c, c * config.mlp_ratio, 1, has_bias=True)
        self.fc2 = nn.Conv1d(c * config.mlp_ratio, c, 1, has_bias=True)

    def construct(self, x):
        return x + self.fc2(ops.gelu(self.fc1(self.norm(x))))


def make():
    np.random.seed(3515)
    x = Tensor(np.random.randn(2, 16, 64).astype(np.float32))
    return PointMLPBlock(BlockConfig()), (x,)
