# case: a dict comprehension over enumerate() keyed by the index, built in __init__, read with .item() of a tensor -> dict_getitem fails on a non-constant key
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NAMES = ("low", "mid", "high")


class Grade(nn.Cell):
    def __init__(self, weights=(0.5, 1.0, 2.0)):
        super().__init__()
        self.weight_of = {i: w for i, w in enumerate(weights)}

    def construct(self, scores):
        idx = scores.argmax().item()
        return scores * self.weight_of[idx]


def make():
    np.random.seed(4)
    return Grade(), (Tensor(np.random.rand(3).astype(np.float32)),)
