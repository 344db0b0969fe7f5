# case: pool the spike map more aggressively when the firing rate is high, branches return different spatial sizes -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RateAdaptivePool(nn.Cell):
    def __init__(self, in_ch=2, out_ch=4, high_rate=0.2, threshold=0.3):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same")
        self.pool2 = nn.MaxPool2d(2, 2)
        self.pool4 = nn.MaxPool2d(4, 4)
        self.high_rate = high_rate
        self.threshold = threshold

    def spikes(self, x):
        return (self.conv(x) > self.threshold).astype(ms.float32)

    def construct(self, x):
        s = self.spikes(x)
        rate = s.mean()
        if rate > self.high_rate:
            out = self.pool4(s)
        else:
            out = self.pool2(s)
        return out.reshape(out.shape[0], -1)


def make():
    np.random.seed(12)
    x = Tensor(np.random.rand(2, 2, 8, 8).astype(np.float32))
    return RateAdaptivePool(), (x,)
