import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor

# case: split sizes read with `.tolist()` from a tensor of counts (MoE routing): STRICT stops at the tolist, LAX falls back there
class Net(nn.Cell):
    def construct(self, x, counts):
        sizes = counts.tolist()
        parts = mint.split(x, sizes, dim=0)
        return parts[0].sum() + parts[1].sum()


def make():
    return Net(), (Tensor(np.ones((6, 3), np.float32)), Tensor(np.array([2, 4], np.int64)))
