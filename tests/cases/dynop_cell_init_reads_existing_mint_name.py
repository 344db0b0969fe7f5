# case: a Cell whose __init__ reads an existing mint name (mint.zeros) is built as usual: its construct's boolean-mask indexing is dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, mint


class Helper(nn.Cell):
    def __init__(self):
        super().__init__()
        self.table = mint.zeros((4,), dtype=ms.int64)

    def construct(self, x):
        return x[x > 0]


def make():
    return Helper(), (Tensor(np.array([1.0, -1.0, 2.0, 0.5], np.float32)),)
