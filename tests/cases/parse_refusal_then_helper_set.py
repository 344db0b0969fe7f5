# case: construct tests `k in {1, 2}` (a set literal) and then calls a helper that builds a set -> which line is reported
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def tag_count(x):
    tags = {"cat", "dog", "bird"}
    return x * len(tags)


class Net(nn.Cell):
    def construct(self, x, k: int = 2):
        if k in {1, 2}:
            x = x * 2
        return tag_count(x)


def make():
    return Net(), (Tensor(np.ones((2, 2), np.float32)),)
