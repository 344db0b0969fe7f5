# case: pick the 5 worst-justified lines of a galley with a constant k from the cell config -> topk with Python int k, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def line_badness(gaps, target):
    stretch = (gaps - target) / target
    return (stretch ** 2).sum(axis=1)


class WorstLines(nn.Cell):
    def __init__(self, target_gap=4.0, flag_count=5):
        super().__init__()
        self.target_gap = target_gap
        self.flag_count = flag_count

    def construct(self, gaps):
        badness = line_badness(gaps, self.target_gap)
        k = min(self.flag_count, gaps.shape[0])
        scores, lines = ops.topk(badness, k)
        return scores, lines


def make():
    np.random.seed(62)
    gaps = np.random.uniform(2.0, 7.0, size=(40, 9)).astype(np.float32)
    return WorstLines(), (Tensor(gaps),)
