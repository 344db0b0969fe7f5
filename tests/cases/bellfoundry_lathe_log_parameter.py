# case: lathe controller remembers the last cut depth in a non-trainable Parameter updated with ops.assign inside construct -> Parameter side effect, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LatheController(nn.Cell):
    def __init__(self, n_bells=4, feed_mm=0.2, max_depth_mm=1.5):
        super().__init__()
        self.feed_mm = feed_mm
        self.max_depth_mm = max_depth_mm
        self.last_cut = Parameter(Tensor(np.zeros(n_bells, np.float32)), name="last_cut", requires_grad=False)

    def construct(self, err_cents, wall_mm):
        depth = ops.clamp(err_cents * 0.05, 0.0, self.max_depth_mm)
        depth = ops.minimum(depth, wall_mm * 0.1)
        ops.assign(self.last_cut, depth)
        revs = depth / self.feed_mm
        return depth, revs


def make():
    err = np.array([6.0, 12.0, 30.0, 1.0], dtype=np.float32)
    wall = np.array([40.0, 38.0, 35.0, 42.0], dtype=np.float32)
    return LatheController(), (Tensor(err), Tensor(wall))
