# case: build a plain Python TuningRecord object inside construct, fill its partial deviations and return it -> plain Python class created and returned in construct, expected error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TuningRecord:
    def __init__(self, bell_id):
        self.bell_id = bell_id
        self.deviations = None
        self.worst = None


class TuningReport(nn.Cell):
    def __init__(self, ideal_ratios=(0.5, 1.0, 1.2, 1.5, 2.0)):
        super().__init__()
        self.ideal = Tensor(list(ideal_ratios), ms.float32)

    def construct(self, partial_hz, nominal_hz):
        ratios = partial_hz / nominal_hz.reshape(-1, 1) * 2.0
        dev = 1200.0 * ops.log2(ratios / self.ideal)
        rec = TuningRecord(0)
        rec.deviations = dev
        rec.worst = ops.abs(dev).max()
        return rec


def make():
    np.random.seed(61)
    nominal = np.array([523.0, 587.0], np.float32)
    ideal = np.array([0.25, 0.5, 0.6, 0.75, 1.0], np.float32)
    partials = nominal[:, None] * ideal[None, :] * (1 + 0.004 * np.random.randn(2, 5)).astype(np.float32)
    return TuningReport(), (Tensor(partials), Tensor(nominal))
