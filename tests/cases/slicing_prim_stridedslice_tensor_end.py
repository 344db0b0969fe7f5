# case: StridedSlice primitive with a tensor in the end tuple
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P

class SS(nn.Cell):
    def __init__(self):
        super().__init__()
        self.ss = P.StridedSlice()

    def construct(self, x, e):
        return self.ss(x, (0,), (e,), (1,))


def make():
    return SS(), (Tensor(np.array([0.5, -1.0, 2.0, 0.0, 3.5, -0.25, 1.0, 4.0], np.float32)), Tensor(np.array(5, np.int64)))
