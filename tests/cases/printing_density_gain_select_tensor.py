# case: ink controller chooses coarse or fine gain from the mean absolute error with ops.select on scalar tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectGainInk(nn.Cell):
    def __init__(self, coarse_gain=1.2, fine_gain=0.4, switch_at=0.08):
        super().__init__()
        self.coarse = Tensor(coarse_gain, ms.float32)
        self.fine = Tensor(fine_gain, ms.float32)
        self.switch_at = switch_at

    def pick_gain(self, err):
        mae = ops.abs(err).mean()
        return ops.select(mae > self.switch_at, self.coarse, self.fine)

    def construct(self, measured, target):
        err = target - measured
        gain = self.pick_gain(err)
        return err * gain, gain


def make():
    np.random.seed(15)
    measured = np.random.normal(1.35, 0.1, (16,)).astype(np.float32)
    target = np.full((16,), 1.45, np.float32)
    return SelectGainInk(), (Tensor(measured), Tensor(target))
