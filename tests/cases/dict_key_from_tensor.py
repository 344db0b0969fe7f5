# case: dict lookup keyed by a tensor .item() value; key is not constant, expect error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Router(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scales = {0: 1.0, 1: 0.5, 2: 0.25}

    def construct(self, x, route):
        key = route.item()
        scale = self.scales[key]
        return x * scale


def make():
    x = Tensor(np.ones((2, 8), np.float32))
    return Router(), (x, Tensor(1, ms.int32))
