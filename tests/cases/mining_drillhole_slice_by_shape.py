# case: split a drill hole into upper and lower halves by its number of intervals and compare composite grades -> slice bound from x.shape, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def length_weighted(grades, lengths):
    return (grades * lengths).sum() / lengths.sum()


class HoleHalves(nn.Cell):
    def __init__(self, top_skip=2):
        super().__init__()
        self.top_skip = top_skip  # ignore pre-collar overburden intervals

    def construct(self, grades, lengths):
        n = grades.shape[0]
        half = n // 2
        upper = length_weighted(grades[self.top_skip:half], lengths[self.top_skip:half])
        lower = length_weighted(grades[half:], lengths[half:])
        return upper, lower, lower - upper


def make():
    np.random.seed(62)
    g = np.random.lognormal(-0.7, 0.5, size=(60,)).astype(np.float32)
    l = np.random.uniform(1.0, 2.0, size=(60,)).astype(np.float32)
    return HoleHalves(), (Tensor(g), Tensor(l))
