# case: a primitive bound inside a for loop body and called after the loop (hazard)
import numpy as np
import mindspore
from mindspore import nn, Tensor


class Net(nn.Cell):
    def __init__(self, num_stages=2):
        super().__init__()
        self.num_stages = num_stages

    def construct(self, x):
        results = []
        for _ in range(self.num_stages):
            op = mindspore.ops.Concat(1)
            h = op((x, x))
            results.append(h)
        results = op((results))
        return results


def make():
    return Net(), (Tensor(np.ones((1, 2), np.float32)),)
