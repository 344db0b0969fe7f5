# case: `.tolist()` of a sum of a top-level dict item: the sum is a constant Tensor, and STRICT has no `tolist` on a Tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, batch):
        lens = ops.sum(batch["mask"], 1).tolist()
        return x * 2, lens


def make():
    return Net(), (Tensor(np.arange(10, dtype=np.float32)), {"mask": Tensor(np.array([[1, 0], [2, 3]], np.int32))})
