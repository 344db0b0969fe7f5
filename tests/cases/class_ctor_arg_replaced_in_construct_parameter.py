# case: a bound handed to the Cell's constructor (parameter), read in construct and replaced at its end through P.Assign -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.ops import operations as P


class ClipStep(nn.Cell):
    def __init__(self, norm_bound=1.0):
        super().__init__()
        self._norm_bound = norm_bound
        self._assign = P.Assign()

    def construct(self, grads):
        norm = ops.sqrt((grads * grads).sum())
        scale = ops.minimum(self._norm_bound / (norm + 1e-6), 1.0)
        clipped = grads * scale
        next_bound = self._norm_bound * 0.9 + norm * 0.1
        self._norm_bound = self._assign(self._norm_bound, next_bound)
        return clipped


def make():
    np.random.seed(2)
    return ClipStep(norm_bound=Parameter(Tensor(1.0, ms.float32), name="norm_bound")), (Tensor(np.random.randn(8).astype(np.float32)),)
