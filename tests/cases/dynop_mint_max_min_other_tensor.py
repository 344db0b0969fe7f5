# case: mint.max(a, b) and mint.min(a, b) with a tensor second argument are elementwise maximum/minimum: static
import mindspore as ms
from mindspore import nn, mint, ops
import numpy as np

class C(nn.Cell):
    def construct(self, a, b):
        x = mint.max(a, b)
        y = mint.min(a, -b)
        return x, y

def make():
    return C(), (ms.Tensor(np.ones((2, 3), np.float32)), ms.Tensor(np.ones((2, 3), np.float32)))
