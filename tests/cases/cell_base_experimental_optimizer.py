# case: an optimizer derived from mindspore.experimental.optim.Optimizer (a Cell) keeps only the large gradients
import numpy as np
import mindspore as ms
from mindspore import Tensor, Parameter, ops
from mindspore.experimental.optim import Optimizer


class LargeOnly(Optimizer):
    def __init__(self, params, lr=0.1):
        super().__init__(params, dict(lr=lr))

    def construct(self, gradients):
        kept = []
        for grad in gradients:
            kept.append(ops.sum(grad[grad > 0.5]))
        return kept


def make():
    w = Parameter(Tensor(np.ones((3,), np.float32)), name="w")
    return LargeOnly([w]), ((Tensor(np.array([0.1, 0.9, 0.7], np.float32)),),)
