# case: try/except around a matmul with a fallback branch; Try unsupported, expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeProject(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = ms.Parameter(Tensor(np.ones((8, 4), np.float32)), name="w")

    def construct(self, x):
        try:
            y = ops.matmul(x, self.w)
        except ValueError:
            y = ops.zeros((x.shape[0], 4), ms.float32)
        return y


def make():
    return SafeProject(), (Tensor(np.ones((2, 8), np.float32)),)
