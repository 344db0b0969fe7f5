# case: builds a three-class change map (loss / stable / gain) from NDVI difference using ops.select -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NDVIChangeClassifier(nn.Cell):
    def __init__(self, loss_thr=-0.2, gain_thr=0.2):
        super().__init__()
        self.loss_thr = loss_thr
        self.gain_thr = gain_thr

    def ndvi(self, cube):
        return (cube[3] - cube[2]) / (cube[3] + cube[2] + 1e-6)

    def construct(self, before, after):
        d = self.ndvi(after) - self.ndvi(before)
        ones = ops.ones_like(d)
        zeros = ops.zeros_like(d)
        gain = ops.select(d > self.gain_thr, ones, zeros)
        loss = ops.select(d < self.loss_thr, -ones, zeros)
        change = gain + loss
        return change, ops.abs(change).mean()


def make():
    np.random.seed(35)
    before = Tensor(np.random.rand(4, 12, 12).astype(np.float32))
    after = Tensor(np.random.rand(4, 12, 12).astype(np.float32))
    return NDVIChangeClassifier(), (before, after)
