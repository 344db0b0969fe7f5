# case: depth-adaptive recurrent refiner uses a while loop whose counter and bound are Python ints from the constructor and carries a tensor halting score -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Refiner(nn.Cell):
    def __init__(self, dim=8, num_iters=3):
        super().__init__()
        self.update = nn.Dense(dim * 2, dim)
        self.score = nn.Dense(dim, 1)
        self.num_iters = num_iters

    def construct(self, x, context):
        i = 0
        halt = ops.zeros((x.shape[0], 1), x.dtype)
        while i < self.num_iters:
            delta = ops.tanh(self.update(ops.concat((x, context), axis=-1)))
            keep_going = 1.0 - halt
            x = x + keep_going * delta
            halt = ops.maximum(halt, ops.sigmoid(self.score(x)))
            i += 1
        return x, halt


def make():
    np.random.seed(38)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    ctx = Tensor(np.random.randn(4, 8).astype(np.float32))
    return Refiner(), (x, ctx)
