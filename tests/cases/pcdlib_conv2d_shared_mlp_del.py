# case: shared MLP as an nn.Conv2d subclass over grouped (B, C, S, K) neighbourhoods frees its intermediate with del before max-pooling over K -> error or static (del statement in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SharedMLPConfig:
    def __init__(self, nsample=8, bn=False, activation="relu"):
        self.nsample = nsample
        self.bn = bn
        self.activation = activation


class SharedConv2d(nn.Conv2d):
    def __init__(self, in_channels, out_channels, config, **kwargs):
        super().__init__(in_channels, out_channels, kernel_size=1, has_bias=not config.bn, **kwargs)
        self.act = nn.ReLU() if config.activation == "relu" else nn.GELU()

    def construct(self, grouped):
        h = super().construct(grouped)
        out = self.act(h)
        del h
        return out


class GroupedPool(nn.Cell):
    def __init__(self, config, in_channels, out_channels):
        super().__init__()
        self.nsample = config.nsample
        self.conv = SharedConv2d(in_channels, out_channels, config)

    def construct(self, grouped_feats):
        # grouped_feats: (B, S, K, C) -> (B, C, S, K)
        x = grouped_feats.transpose(0, 3, 1, 2)
        return self.conv(x).max(axis=-1)


def make():
    np.random.seed(3516)
    g = Tensor(np.random.randn(2, 16, 8, 6).astype(np.float32))
    return GroupedPool(SharedMLPConfig(), 6, 12), (g,)
