# case: streaming multi-temporal encoder caches the previous acquisition's features on self (use_cache defaults True) and differences against them -> attribute of self written in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StreamConfig:
    in_channels = 4
    hidden = 8
    use_cache = True


class StreamingChangeEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Conv2d(config.in_channels, config.hidden, 1)
        self.use_cache = config.use_cache
        self.prev_feat = None

    def _update_cache(self, feat):
        if self.use_cache:
            self.prev_feat = feat

    def construct(self, frame):
        feat = self.proj(frame)
        if self.prev_feat is None:
            diff = ops.zeros_like(feat)
        else:
            diff = feat - self.prev_feat
        self._update_cache(feat)
        return diff


def make():
    np.random.seed(17)
    frame = Tensor(np.random.rand(1, 4, 16, 16).astype(np.float32))
    return StreamingChangeEncoder(StreamConfig()), (frame,)
