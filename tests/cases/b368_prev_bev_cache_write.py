# case: temporal BEV encoder caches the current BEV map on self for fusion with the next frame (use_cache on by default) -> writing a tensor attribute of self in construct should be refused or mis-handled in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalConfig:
    def __init__(self, channels=16, use_cache=True, fuse_weight=0.5):
        self.channels = channels
        self.use_cache = use_cache
        self.fuse_weight = fuse_weight


class TemporalBEVEncoder(nn.Cell):
    def __init__(self, config, prev_bev=None):
        super().__init__()
        self.use_cache = config.use_cache
        self.fuse_weight = config.fuse_weight
        self.encoder = nn.SequentialCell([
            nn.Conv2d(config.channels, config.channels, 3, pad_mode="same", has_bias=False),
            nn.BatchNorm2d(config.channels),
            nn.ReLU(),
        ])
        self.prev_bev = prev_bev if prev_bev is not None else Tensor(
            np.zeros((1, config.channels, 16, 16), np.float32))

    def _fuse(self, bev):
        fused = (1.0 - self.fuse_weight) * bev + self.fuse_weight * self.prev_bev
        if self.use_cache:
            self.prev_bev = bev
        return fused

    def construct(self, bev):
        bev = self.encoder(bev)
        return self._fuse(bev)


def make():
    np.random.seed(3689)
    net = TemporalBEVEncoder(TemporalConfig())
    net.set_train(False)
    bev = Tensor(np.random.randn(1, 16, 16, 16).astype(np.float32))
    return net, (bev,)
