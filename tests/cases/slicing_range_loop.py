# case: near miss: unrolled for-range loop slicing x[i:i+1]
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        out = x[0:1]
        for i in range(3):
            out = out + x[i:i + 1]
        return out


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
