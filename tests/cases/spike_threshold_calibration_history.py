# case: threshold calibration loop raising the threshold until firing rate is below target, recording a history tensor -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ThresholdCalibrator(nn.Cell):
    """Searches a LIF firing threshold so that the population rate stays under a target."""

    def __init__(self, target_rate=0.2, step=0.25, beta=0.8, init_threshold=0.5):
        super().__init__()
        self.target_rate = target_rate
        self.step = step
        self.beta = beta
        self.init_threshold = init_threshold

    def firing_rate(self, currents, threshold):
        v = ops.zeros_like(currents[0])
        count = ops.zeros_like(v)
        for t in range(currents.shape[0]):
            v = self.beta * v + currents[t]
            s = (v >= threshold).astype(ms.float32)
            v = v - s * threshold
            count = count + s
        return count.mean() / currents.shape[0]

    def construct(self, currents):
        threshold = Tensor(self.init_threshold, ms.float32)
        history = threshold.reshape(1)
        rate = self.firing_rate(currents, threshold)
        while rate > self.target_rate:
            threshold = threshold + self.step
            history = ops.concat([history, threshold.reshape(1)])
            rate = self.firing_rate(currents, threshold)
        return threshold, history


def make():
    np.random.seed(38)
    cur = Tensor(np.random.rand(4, 6).astype(np.float32))
    return ThresholdCalibrator(), (cur,)
