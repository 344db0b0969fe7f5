# case: streaming BEV encoder would stash the current BEV on self under config.use_cache, but use_cache defaults to False and is never enabled -> the self-attribute write is in a branch never taken; expect static compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    def __init__(self, channels=16, use_cache=False, fuse_weight=0.3):
        self.channels = channels
        self.use_cache = use_cache
        self.fuse_weight = fuse_weight


class CacheMixin:
    def update_cache(self, bev):
        if self.use_cache:
            self.cached_bev = bev
        return bev


class StreamingBEVEncoder(nn.Cell, CacheMixin):
    def __init__(self, config, cached_bev=None):
        super().__init__()
        self.use_cache = config.use_cache
        self.fuse_weight = config.fuse_weight
        self.conv = nn.Conv2d(config.channels, config.channels, 3, pad_mode="same", has_bias=True)
        self.cached_bev = cached_bev

    def construct(self, bev, prev_bev=None):
        bev = ops.relu(self.conv(bev))
        if prev_bev is not None:
            bev = (1.0 - self.fuse_weight) * bev + self.fuse_weight * prev_bev
        return self.update_cache(bev)


def make():
    np.random.seed(3710)
    net = StreamingBEVEncoder(StreamConfig())
    bev = Tensor(np.random.randn(1, 16, 12, 12).astype(np.float32))
    prev = Tensor(np.random.randn(1, 16, 12, 12).astype(np.float32))
    return net, (bev, prev)
