# case: score sharpening branches on the batch fraud rate (a tensor condition) but both branches return tensors of the same shape -> static graph compiles with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SharpenConfig:
    def __init__(self, hidden=12, high_rate=0.3, sharp_temp=0.5, smooth_temp=2.0):
        self.hidden = hidden
        self.high_rate = high_rate
        self.sharp_temp = sharp_temp
        self.smooth_temp = smooth_temp


class AdaptiveTemperatureHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.dense = nn.Dense(config.hidden, 1)
        self.high_rate = config.high_rate
        self.sharp_temp = config.sharp_temp
        self.smooth_temp = config.smooth_temp

    def _temperature(self, prelim):
        rate = (prelim > 0.5).astype(ms.float32).mean()
        if rate > self.high_rate:
            temp = ops.fill(ms.float32, (), self.smooth_temp)
        else:
            temp = ops.fill(ms.float32, (), self.sharp_temp)
        return temp

    def construct(self, pooled):
        logits = self.dense(pooled).squeeze(-1)
        temp = self._temperature(ops.sigmoid(logits))
        return ops.sigmoid(logits / temp)


def make():
    np.random.seed(3787)
    pooled = np.random.randn(9, 12).astype(np.float32)
    return AdaptiveTemperatureHead(SharpenConfig()), (Tensor(pooled),)
