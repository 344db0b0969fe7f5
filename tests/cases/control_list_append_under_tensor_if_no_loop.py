import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: v2 a list grows by one item only when a tensor condition holds (no loop), then it is stacked
class Net(nn.Cell):
    def construct(self, x):
        kept = [x]
        if x.sum() > 0:
            kept.append(x * 2)
        return ops.stack(kept, 0)


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
