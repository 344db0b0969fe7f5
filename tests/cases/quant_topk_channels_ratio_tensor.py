# case: channel pruning keeps the top-k channels where k comes from a keep-ratio tensor via int() -> error (k not a constant)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelPruner(nn.Cell):
    def __init__(self, channels=12):
        super().__init__()
        self.channels = channels

    def construct(self, feat, keep_ratio):
        importance = ops.reduce_mean(ops.abs(feat), (0, 2, 3))
        k = int(keep_ratio * self.channels)
        _, idx = ops.topk(importance, k)
        return ops.gather(feat, idx, 1)


def make():
    np.random.seed(2)
    feat = Tensor(np.random.randn(2, 12, 5, 5).astype(np.float32))
    ratio = Tensor(0.5, ms.float32)
    return ChannelPruner(12), (feat, ratio)
