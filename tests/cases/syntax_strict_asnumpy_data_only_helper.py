# case: near miss for the order: only tensor data copied to the host in a helper
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Lookup(nn.Cell):
    def pick(self, scores):
        order = np.argsort(-scores.asnumpy())[:3]
        return Tensor(order.astype(np.int32))

    def construct(self, x):
        return self.pick(x * 2) + 1


def make():
    return Lookup(), (Tensor(np.array([0.3, 0.1, 0.9, 0.5, 0.2, 0.7], np.float32)),)
