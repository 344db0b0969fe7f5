# case: computes the scene-extent scale multiplier with math.exp(float(tensor)) before clamping gaussian scales -> host conversion float() and math on a tensor in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScaleActivation(nn.Cell):
    def __init__(self, max_log_scale=1.0):
        super().__init__()
        self.max_log_scale = max_log_scale

    def construct(self, log_scales, log_extent):
        extent = math.exp(float(log_extent))
        scales = ops.exp(ops.clamp(log_scales, max=self.max_log_scale))
        return ops.clamp(scales, max=0.1 * extent)


def make():
    np.random.seed(19)
    ls = Tensor(np.random.uniform(-6, 2, (20, 3)).astype(np.float32))
    return ScaleActivation(), (ls, Tensor(np.float32(1.2)))
