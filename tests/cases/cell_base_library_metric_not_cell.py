# case: a class derived from a MindSpore metric (not a Cell) with a method named construct: plain Python, never compiled
import numpy as np
import mindspore as ms
from mindspore import Tensor, nn
from mindspore.nn import CosineSimilarity


class PositiveSimilarity(CosineSimilarity):
    """Evaluated in Python by a training loop, after the network ran."""

    def construct(self, x):
        return x[x > 0]


class Scale(nn.Cell):
    def construct(self, x):
        return x * 2


def make():
    return Scale(), (Tensor(np.array([-1.0, 2.0, 3.0], np.float32)),)
