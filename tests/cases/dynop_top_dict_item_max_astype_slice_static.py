# case: `item.max().astype(int64)` of a top-level dict item folds to a constant: the slice is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, batch):
        k = batch["lengths"].max().astype(ms.int64)
        return x[:k] * 2


def make():
    return Net(), (Tensor(np.arange(10, dtype=np.float32)), {"lengths": Tensor(np.array([1, 3], np.int32))})
