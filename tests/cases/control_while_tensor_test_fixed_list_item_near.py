# case: the same loop reading a fixed item of the list -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IfInWhile(nn.Cell):
    def __init__(self):
        super().__init__()
        self.nums = [1, 2, 3]

    def construct(self, x, y, i):
        j = 0
        out = x
        while i < 3:
            if x + i < y:
                out = out + x
            else:
                out = out + y
            out = out + self.nums[1]
            i = i + 1
            j = j + 1
        return out


def make():
    i = Tensor(np.array(0), dtype=ms.int32)
    x = Tensor(np.array(0), dtype=ms.int32)
    y = Tensor(np.array(1), dtype=ms.int32)
    return IfInWhile(), (x, y, i)
