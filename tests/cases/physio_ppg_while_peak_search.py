# case: PPG systolic-peak search walks forward with a while loop on tensor comparisons, appending each found peak to a Python list and returning the stacked list -> error in Graph mode (data-dependent loop growing a list)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PPGPeakWalker(nn.Cell):
    def __init__(self, refractory=20, level=0.5):
        super().__init__()
        self.refractory = refractory
        self.level = level

    def construct(self, ppg):
        n = ppg.shape[0]
        peaks = []
        i = Tensor(1, ms.int32)
        while i < n - 1:
            if ppg[i] > self.level and ppg[i] >= ppg[i - 1] and ppg[i] >= ppg[i + 1]:
                peaks.append(i)
                i = i + self.refractory
            else:
                i = i + 1
        return ops.stack(peaks)


def make():
    np.random.seed(8)
    t = np.arange(120) / 30.0
    ppg = 0.5 + 0.5 * np.sin(2 * np.pi * 1.2 * t) + 0.02 * np.random.randn(t.size)
    return PPGPeakWalker(), (Tensor(ppg.astype(np.float32)),)
