# case: collect the distinct shade grades of a batch into a Python set via .tolist() inside construct and return how many there are -> tolist / set on tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GradeDiversity(nn.Cell):
    def __init__(self, step=1.0):
        super().__init__()
        self.step = step

    def construct(self, delta_e):
        grades = ops.floor(delta_e / self.step).astype(ms.int32)
        seen = set(grades.tolist())
        return grades, len(seen)


def make():
    np.random.seed(20)
    de = Tensor(np.abs(np.random.randn(12) * 2.0).astype(np.float32))
    return GradeDiversity(), (de,)
