# case: sorts die scores and slices the first n where n is a tensor count of failing dies -> error or dynamic from tensor-valued slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FailingDieSummary(nn.Cell):
    def __init__(self, spec_limit=0.6):
        super().__init__()
        self.spec_limit = spec_limit

    def count_fails(self, scores):
        return (scores > self.spec_limit).astype(ms.int32).sum()

    def construct(self, scores):
        sorted_scores, _ = ops.sort(scores, descending=True)
        n = self.count_fails(scores)
        failing = sorted_scores[:n]
        return failing.mean()


def make():
    np.random.seed(5)
    return FailingDieSummary(), (Tensor(np.random.rand(32).astype(np.float32)),)
