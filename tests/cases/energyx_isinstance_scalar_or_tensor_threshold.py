# case: peak detector accepts the threshold as Python float or per-feeder tensor, distinguished with isinstance -> type guard resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexiblePeakDetector(nn.Cell):
    def __init__(self, hysteresis=0.05):
        super().__init__()
        self.hysteresis = hysteresis

    def construct(self, load, threshold):
        if isinstance(threshold, (int, float)):
            thr = ops.ones((load.shape[0], 1), ms.float32) * threshold
        else:
            thr = threshold.reshape((-1, 1))
        upper = thr * (1.0 + self.hysteresis)
        return ops.cast(load > upper, ms.int32).sum(axis=1)


def make():
    np.random.seed(37)
    load = np.random.uniform(10, 60, size=(4, 24)).astype(np.float32)
    thr = np.array([40, 45, 50, 35], dtype=np.float32)
    return FlexiblePeakDetector(), (Tensor(load), Tensor(thr))
