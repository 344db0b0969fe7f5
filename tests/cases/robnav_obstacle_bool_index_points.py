# case: convert lidar scan to Cartesian points and keep only those inside a safety box with boolean-mask indexing -> boolean indexing result size data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafetyBoxFilter(nn.Cell):
    def __init__(self, n_beams=32, box_x=1.0, box_y=0.5):
        super().__init__()
        ang = np.linspace(-np.pi / 2, np.pi / 2, n_beams).astype(np.float32)
        self.cos_a = Tensor(np.cos(ang))
        self.sin_a = Tensor(np.sin(ang))
        self.box_x = box_x
        self.box_y = box_y

    def to_points(self, ranges):
        return ops.stack([ranges * self.cos_a, ranges * self.sin_a], axis=1)

    def construct(self, ranges):
        pts = self.to_points(ranges)
        inside = ops.logical_and(pts[:, 0] < self.box_x, ops.abs(pts[:, 1]) < self.box_y)
        intruders = pts[inside]
        return intruders, intruders.shape[0]


def make():
    np.random.seed(20)
    r = np.random.uniform(0.2, 3.0, size=(32,)).astype(np.float32)
    return SafetyBoxFilter(), (Tensor(r),)
