# case: scan EEG beta-power epochs in a while loop on tensor values and append detected arousal epochs to a Python list -> error or dynamic (list grown in data-dependent loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArousalScanner(nn.Cell):
    def __init__(self, ratio=1.5):
        super().__init__()
        self.ratio = ratio

    def construct(self, beta_power):
        base = beta_power.mean()
        events = []
        i = 0
        n = beta_power.shape[0]
        while i < n:
            if beta_power[i] > base * self.ratio:
                events.append(beta_power[i])
            i += 1
        if len(events) == 0:
            return ops.zeros((1,), ms.float32)
        return ops.stack(events)


def make():
    np.random.seed(10)
    power = np.abs(np.random.randn(12)).astype(np.float32)
    power[3] = 6.0
    power[9] = 5.0
    return ArousalScanner(), (Tensor(power),)
