# case: Tensors of host rows collected in a loop and stacked by ops.stack -> compile error at line 12 at LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        parts = []
        for row in x.asnumpy():
            parts.append(Tensor(row))
        return ops.stack(parts)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4)),)
