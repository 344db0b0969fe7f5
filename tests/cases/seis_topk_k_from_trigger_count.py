# case: keep the k strongest picks where k is the number of samples over threshold counted from the data -> topk with a data-dependent k, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StrongestPicks(nn.Cell):
    def __init__(self, threshold=0.6):
        super().__init__()
        self.threshold = threshold

    def construct(self, prob):
        n_trig = (prob > self.threshold).astype(ms.int32).sum()
        values, indices = ops.topk(prob, n_trig)
        return values, indices


def make():
    np.random.seed(9)
    prob = np.random.rand(40).astype(np.float32)
    return StrongestPicks(), (Tensor(prob),)
