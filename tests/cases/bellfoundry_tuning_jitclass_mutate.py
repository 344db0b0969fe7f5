# case: accumulate the worst partial deviation seen so far in an @ms.jit_class tracker created in __init__ and mutated inside construct -> jit_class attribute written in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class WorstTracker:
    def __init__(self):
        self.worst = Tensor(0.0, ms.float32)
        self.count = 0


class TuningAudit(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ideal = Tensor([0.25, 0.5, 0.6, 0.75, 1.0], ms.float32)
        self.tracker = WorstTracker()

    def construct(self, partial_hz, nominal_hz):
        ratios = partial_hz / nominal_hz.reshape(-1, 1)
        dev = ops.abs(1200.0 * ops.log2(ratios / self.ideal))
        self.tracker.worst = ops.maximum(self.tracker.worst, dev.max())
        self.tracker.count = self.tracker.count + 1
        return dev, self.tracker.worst


def make():
    np.random.seed(62)
    nominal = np.array([523.0, 587.0, 659.0], np.float32)
    ideal = np.array([0.25, 0.5, 0.6, 0.75, 1.0], np.float32)
    partials = nominal[:, None] * ideal[None, :] * (1 + 0.004 * np.random.randn(3, 5)).astype(np.float32)
    return TuningAudit(), (Tensor(partials), Tensor(nominal))
