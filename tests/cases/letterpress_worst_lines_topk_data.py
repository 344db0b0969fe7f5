# case: pick the k worst-justified lines of a galley where k is the proofreader's count passed as a tensor -> topk k from data via int()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def line_badness(gaps, target):
    stretch = (gaps - target) / target
    return (stretch ** 2).sum(axis=1)


class WorstLines(nn.Cell):
    def __init__(self, target_gap=4.0):
        super().__init__()
        self.target_gap = target_gap

    def construct(self, gaps, n_flagged):
        badness = line_badness(gaps, self.target_gap)
        k = int(n_flagged)
        scores, lines = ops.topk(badness, k)
        return scores, lines


def make():
    np.random.seed(61)
    gaps = np.random.uniform(2.0, 7.0, size=(40, 9)).astype(np.float32)
    return WorstLines(), (Tensor(gaps), Tensor(np.int32(5)))
