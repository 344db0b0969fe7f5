# case: appends to a Python list only when a tensor condition holds inside a loop, then stacks the list; the data-dependent list length makes compilation fail at both levels (internal TypeError in stack)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CollectPositive(nn.Cell):
    def construct(self, x):
        kept = [ops.zeros_like(x[0])]
        for i in range(x.shape[0]):
            if x[i].sum() > 0:
                kept.append(x[i])
        return ops.stack(kept, 0)


def make():
    return CollectPositive(), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
