# case: a Parameter handed to the constructor, stored, and reassigned in construct (an Assign)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Clipper(nn.Cell):
    def __init__(self, norm_bound):
        super().__init__()
        self._norm_bound = norm_bound

    def construct(self, x):
        self._norm_bound = self._norm_bound * 0.9
        return ops.clip_by_value(x, -self._norm_bound, self._norm_bound)


def make():
    bound = Parameter(Tensor(np.array([1.0], np.float32)), name="norm_bound")
    return Clipper(bound), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
