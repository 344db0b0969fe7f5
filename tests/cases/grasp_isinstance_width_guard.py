# case: gripper width normalizer that accepts either a Python float or a tensor width, using an isinstance type guard to convert -> type guard resolved at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WidthNormalizer(nn.Cell):
    def __init__(self, max_width=0.085):
        super().__init__()
        self.max_width = max_width

    def to_tensor(self, w, like):
        if isinstance(w, float):
            return ops.full_like(like, w)
        return w

    def construct(self, object_widths, clearance):
        clearance = self.to_tensor(clearance, object_widths)
        cmd = ops.minimum(object_widths + clearance, ops.full_like(object_widths, self.max_width))
        return cmd / self.max_width


def make():
    np.random.seed(32)
    widths = Tensor((np.random.rand(6) * 0.07).astype(np.float32))
    return WidthNormalizer(), (widths, 0.01)
