# case: CUSUM change-point detector that trims the series at the first alarm index taken from data -> dynamic shape at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CusumDetector(nn.Cell):
    """One-sided CUSUM on a univariate vibration signal."""

    def __init__(self, drift=0.05, threshold=2.0, ref_len=16):
        super().__init__()
        self.drift = drift
        self.threshold = threshold
        self.ref_len = ref_len

    def _cusum(self, x):
        mu = x[: self.ref_len].mean()
        sigma = x[: self.ref_len].std() + 1e-6
        z = (x - mu) / sigma - self.drift
        return ops.cumsum(ops.relu(z), 0)

    def construct(self, signal):
        score = self._cusum(signal)
        over = (score > self.threshold).astype(ms.int32)
        # first index where the alarm fires (argmax of a 0/1 vector)
        first = ops.argmax(over)
        fired = over.sum() > 0
        stop = ops.select(fired, first, ops.fill(ms.int32, (), signal.shape[0]))
        pre_change = signal[:stop]
        return pre_change.mean(), stop


def make():
    np.random.seed(0)
    base = np.random.randn(64).astype(np.float32) * 0.2
    base[40:] += 1.5
    return CusumDetector(), (Tensor(base),)
