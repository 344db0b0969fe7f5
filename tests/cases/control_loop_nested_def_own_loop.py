# case: near miss: a function defined in a loop body binds names in its own for loop; nothing reads them after the outer loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x):
        out = x
        for _ in range(2):
            def scale_all(vals):
                acc = 0
                for k, v in enumerate(vals):
                    acc = acc + v * k
                return acc
            out = out + scale_all((x, x))
        return out


def make():
    return Net(), (Tensor(np.ones(4, np.float32)),)
