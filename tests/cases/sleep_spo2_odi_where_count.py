# case: oxygen desaturation index computed from a rolling-baseline drop mask summed with ops.where -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OxygenDesatIndex(nn.Cell):
    def __init__(self, drop_pct=3.0, window=8, hours=0.5):
        super().__init__()
        self.drop_pct = drop_pct
        self.hours = hours
        self.pool = nn.MaxPool1d(kernel_size=window, stride=1, pad_mode="same")

    def onsets(self, flag):
        prev = ops.concat((ops.zeros_like(flag[:, :1]), flag[:, :-1]), axis=1)
        return ops.where(flag > prev, ops.ones_like(flag), ops.zeros_like(flag))

    def construct(self, spo2):
        base = self.pool(spo2.expand_dims(1)).squeeze(1)
        drop = base - spo2
        flag = ops.where(drop >= self.drop_pct, ops.ones_like(drop), ops.zeros_like(drop))
        events = self.onsets(flag).sum(axis=1)
        return events / self.hours


def make():
    np.random.seed(3)
    spo2 = 95.5 + np.random.randn(2, 48).astype(np.float32) * 0.3
    spo2[0, 5:9] -= 4.5
    spo2[0, 30:34] -= 3.5
    spo2[1, 20:26] -= 6.0
    return OxygenDesatIndex(), (Tensor(spo2.astype(np.float32)),)
