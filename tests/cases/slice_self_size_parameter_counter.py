# case: a buffer Cell whose fill count is a Parameter named `size`, made in a helper __init__ calls, slices its store to it -> the slice length is data: dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Window(nn.Cell):
    def __init__(self):
        super().__init__()
        self._alloc()

    def _alloc(self):
        self.store = Parameter(Tensor(np.arange(16, dtype=np.float32).reshape(8, 2)), name="store")
        self.size = Parameter(Tensor(5, ms.int32), name="size", requires_grad=False)

    def construct(self, x):
        kept = self.store[:self.size]
        return kept.sum(axis=0) + x


def make():
    np.random.seed(12)
    return Window(), (Tensor(np.random.rand(2).astype(np.float32)),)
