# case: time stretch via ops.interpolate where target size is computed from a stretch factor tensor -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeedPerturb(nn.Cell):
    def __init__(self, min_rate=0.9, max_rate=1.1, align_corners=False):
        super().__init__()
        self.min_rate = min_rate
        self.max_rate = max_rate
        self.align_corners = align_corners

    def target_size(self, n, rate):
        rate = ops.clamp(rate, self.min_rate, self.max_rate)
        return int(n / rate)

    def construct(self, wav, rate):
        n = wav.shape[-1]
        size = self.target_size(n, rate)
        x = wav.expand_dims(1)
        y = ops.interpolate(x, size=size, mode="linear", align_corners=self.align_corners)
        return y.squeeze(1)


def make():
    np.random.seed(15)
    wav = np.random.randn(1, 40).astype(np.float32)
    return SpeedPerturb(), (Tensor(wav), Tensor(1.05, ms.float32))
