# case: door-sensor load estimator frees the raw beam-break tensor with del once counts are derived, then imports math for the capacity log-ratio -> del and import inside construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamBreakCounter(nn.Cell):
    def __init__(self, threshold=0.5, capacity=214.0):
        super().__init__()
        self.threshold = threshold
        self.capacity = capacity

    def construct(self, beam_signal):
        raw = (beam_signal > self.threshold).astype(ms.float32)
        edges = ops.relu(raw[:, 1:] - raw[:, :-1])
        del raw
        import math
        passengers = edges.sum()
        log_ratio = ops.log(passengers + 1.0) - math.log(self.capacity)
        return passengers, log_ratio


def make():
    np.random.seed(3100)
    sig = np.random.uniform(0, 1, size=(8, 200)).astype(np.float32)
    return BeamBreakCounter(), (Tensor(sig),)
