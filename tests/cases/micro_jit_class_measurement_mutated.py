# case: @ms.jit_class accumulator for nucleus measurements created in construct and mutated per channel -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ChannelStats:
    def __init__(self):
        self.total = 0.0
        self.peak = 0.0

    def add(self, channel):
        self.total = self.total + channel.sum()
        self.peak = ops.maximum(self.peak, channel.max())


class MultiChannelIntensity(nn.Cell):
    def __init__(self, n_channels=3, threshold=0.5):
        super().__init__()
        self.n_channels = n_channels
        self.threshold = threshold

    def construct(self, img, nucleus_mask):
        stats = ChannelStats()
        for c in range(self.n_channels):
            stats.add(img[c] * nucleus_mask)
        return stats.total, stats.peak


def make():
    np.random.seed(26)
    img = np.random.rand(3, 16, 16).astype(np.float32)
    mask = np.zeros((16, 16), np.float32)
    mask[4:10, 4:10] = 1.0
    return MultiChannelIntensity(), (Tensor(img), Tensor(mask))
