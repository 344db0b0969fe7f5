# case: CNN encoder for 2D flow fields built on an nn.Conv2d subclass that stores its last feature map on self when config.cache_features is on (default) for later visualisation -> attribute of self assigned a tensor in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    channels = (2, 8, 16)
    cache_features = True
    kernel_size = 3


class CachingConv2d(nn.Conv2d):
    def __init__(self, cin, cout, kernel_size, cache_features=False):
        super().__init__(cin, cout, kernel_size, pad_mode="same", has_bias=True)
        self.cache_features = cache_features
        self.last_features = None

    def construct(self, x):
        y = super().construct(x)
        if self.cache_features:
            self.last_features = y
        return y


class FlowEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        ch = config.channels
        self.convs = nn.CellList([CachingConv2d(a, b, config.kernel_size, config.cache_features)
                                  for a, b in zip(ch[:-1], ch[1:])])
        self.pool = nn.AvgPool2d(2, 2)

    def construct(self, uv):
        h = uv
        for conv in self.convs:
            h = self.pool(ops.relu(conv(h)))
        return h


def make():
    np.random.seed(32)
    uv = Tensor(np.random.randn(2, 2, 16, 16).astype(np.float32))
    return FlowEncoder(EncoderConfig()), (uv,)
