# case: disparity-to-depth layer asserts on tensor data that all disparities are non-negative -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CheckedDepth(nn.Cell):
    def __init__(self, focal=35.0, baseline=0.12, max_depth=80.0):
        super().__init__()
        self.focal = focal
        self.baseline = baseline
        self.max_depth = max_depth

    def construct(self, disp):
        assert (disp >= 0).all(), "negative disparity from the regression head"
        depth = self.focal * self.baseline / (disp + 1e-6)
        depth = ops.clamp(depth, 0.0, self.max_depth)
        return depth


def make():
    np.random.seed(20)
    disp = Tensor((np.random.rand(1, 1, 6, 8) * 10).astype(np.float32))
    return CheckedDepth(), (disp,)
