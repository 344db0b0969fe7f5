# case: the element of enumerate over a tensor is tensor data: slicing with it is dynamic
import mindspore as ms
from mindspore import nn
import numpy as np

class C(nn.Cell):
    def construct(self, x, lens):
        out = []
        for i, n in enumerate(lens):
            out.append(x[i, :n])
        return out

def make():
    return C(), (ms.Tensor(np.ones((3, 4), np.float32)), ms.Tensor(np.array([1, 2, 3], np.int32)))
