# case: PyTorch-style x.size() in the message of a raise that a static shape check guards
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Attention(nn.Cell):
    def __init__(self, heads):
        super().__init__()
        self.heads = heads

    def construct(self, q, k):
        weights = ops.matmul(q, k.swapaxes(-1, -2))
        if weights.shape != (q.shape[0], q.shape[1], k.shape[1]):
            raise ValueError(f"weights should be of size {(q.shape[0], q.shape[1])}, but is {weights.size()}")
        return ops.softmax(weights, -1)


def make():
    return Attention(2), (Tensor(np.ones((2, 3, 4), np.float32)), Tensor(np.ones((2, 5, 4), np.float32)))
