# case: near miss: a Python set filled with Python ints from the loop counter, its size used after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Buckets(nn.Cell):
    def construct(self, x):
        seen = set()
        for i in range(6):
            seen.add(i % 3)
        return x / len(seen)


def make():
    np.random.seed(2)
    return Buckets(), (Tensor(np.random.rand(4, 5).astype(np.float32)),)
