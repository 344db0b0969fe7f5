# case: count and average lidar points inside a safety box by multiplying a float mask in, no filtering -> static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafetyBoxStats(nn.Cell):
    def __init__(self, n_beams=32, box_x=1.0, box_y=0.5):
        super().__init__()
        ang = np.linspace(-np.pi / 2, np.pi / 2, n_beams).astype(np.float32)
        self.angles = Tensor(ang)
        self.box_x = box_x
        self.box_y = box_y

    def construct(self, ranges):
        x = ranges * ops.cos(self.angles)
        y = ranges * ops.sin(self.angles)
        inside = ops.logical_and(x < self.box_x, ops.abs(y) < self.box_y).astype(ms.float32)
        count = inside.sum(-1)
        mean_x = (x * inside).sum(-1) / ops.maximum(count, 1.0)
        mean_y = (y * inside).sum(-1) / ops.maximum(count, 1.0)
        stop = count > 2.0
        return ops.stack([mean_x, mean_y], axis=-1), count, stop


def make():
    np.random.seed(21)
    r = np.random.uniform(0.2, 3.0, size=(3, 32)).astype(np.float32)
    return SafetyBoxStats(), (Tensor(r),)
