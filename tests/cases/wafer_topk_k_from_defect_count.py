# case: takes the top-k worst dies where k is the number of failing dies computed from the data (int of a tensor) -> error or dynamic, k not a constant
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstDieReport(nn.Cell):
    def __init__(self, fail_limit=0.5):
        super().__init__()
        self.fail_limit = fail_limit

    def construct(self, die_scores):
        n_fail = (die_scores > self.fail_limit).astype(ms.int32).sum()
        k = int(n_fail)
        worst, worst_idx = ops.topk(die_scores, k)
        return worst, worst_idx


def make():
    np.random.seed(4)
    scores = Tensor(np.random.rand(40).astype(np.float32))
    return WorstDieReport(), (scores,)
