# case: ink controller chooses its gain by converting the mean absolute density error to a Python float and comparing it -> float() of tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GainScheduledInk(nn.Cell):
    def __init__(self, coarse_gain=1.2, fine_gain=0.4, switch_at=0.08):
        super().__init__()
        self.coarse_gain = coarse_gain
        self.fine_gain = fine_gain
        self.switch_at = switch_at

    def pick_gain(self, err):
        mae = float(ops.abs(err).mean())
        if mae > self.switch_at:
            return self.coarse_gain
        return self.fine_gain

    def construct(self, measured, target):
        err = target - measured
        gain = self.pick_gain(err)
        return err * gain


def make():
    np.random.seed(14)
    measured = np.random.normal(1.35, 0.1, (16,)).astype(np.float32)
    target = np.full((16,), 1.45, np.float32)
    return GainScheduledInk(), (Tensor(measured), Tensor(target))
