# case: flag green-mould tray cells with ops.where(cond, 1, 0) and count them per tray -> three-argument where keeps the shape, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MouldDetector(nn.Cell):
    """Trichoderma (green mould) score per tray cell from RGB patches."""

    def __init__(self, alarm=0.6):
        super().__init__()
        self.alarm = alarm
        self.green_weight = Tensor(np.array([-0.5, 1.0, -0.5], np.float32)).reshape(1, 3, 1, 1)

    def greenness(self, patches):
        g = (patches * self.green_weight).sum(axis=1)
        return ops.sigmoid(g * 4.0)

    def construct(self, patches):
        score = self.greenness(patches)
        flags = ops.where(score > self.alarm, ops.ones_like(score), ops.zeros_like(score))
        per_tray = flags.sum(axis=(1, 2))
        worst = ops.argmax(per_tray)
        return flags, per_tray, worst


def make():
    np.random.seed(306)
    patches = Tensor(np.random.rand(4, 3, 6, 8).astype(np.float32))
    return MouldDetector(), (patches,)
