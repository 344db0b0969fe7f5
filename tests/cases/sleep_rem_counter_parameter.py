# case: REM-epoch running total kept in a non-trainable Parameter updated with ops.assign_add -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RemAccumulator(nn.Cell):
    def __init__(self, rem_label=4):
        super().__init__()
        self.rem_label = rem_label
        self.total_rem = Parameter(Tensor(0.0, ms.float32), name="total_rem", requires_grad=False)
        self.nights = Parameter(Tensor(0.0, ms.float32), name="nights", requires_grad=False)

    def construct(self, stages):
        rem = (stages == self.rem_label).astype(ms.float32).sum()
        ops.assign_add(self.total_rem, rem)
        ops.assign_add(self.nights, Tensor(1.0, ms.float32))
        return self.total_rem / self.nights


def make():
    np.random.seed(21)
    stages = np.random.randint(0, 5, size=(40,)).astype(np.int32)
    return RemAccumulator(), (Tensor(stages),)
