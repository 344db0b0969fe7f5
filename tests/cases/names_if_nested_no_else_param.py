import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: nested: outer if/elif on a string parameter, inner if/else binds; no outer else; read after
class Net(nn.Cell):
    def construct(self, x, mode="nerf", level="coarse"):
        if mode == "nerf":
            if level == "coarse":
                h = x * 2
            else:
                h = x * 3
        elif mode == "stf":
            h = x * 4
        return h + 1


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
