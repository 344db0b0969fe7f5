# case: assert on a tensor value (all probabilities non-negative) inside construct; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Sampler(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, probs):
        assert (probs >= 0).all(), "negative probability"
        probs = probs / probs.sum(axis=-1, keepdims=True)
        return ops.cumsum(probs, axis=-1)


def make():
    return Sampler(), (Tensor(np.full((2, 5), 0.2, np.float32)),)
