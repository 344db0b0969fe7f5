# case: a @ms.jit_class YieldReport is created from oven output inside construct and returned as the cell output -> jit_class instance returned from the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class YieldReport:
    def __init__(self, good, rejected):
        self.good = good
        self.rejected = rejected


class YieldCounter(nn.Cell):
    def __init__(self, pass_score=0.5):
        super().__init__()
        self.pass_score = pass_score

    def construct(self, qc_scores):
        ok = (qc_scores >= self.pass_score).astype(ms.float32)
        report = YieldReport(ok.sum(), (1.0 - ok).sum())
        return report


def make():
    np.random.seed(22)
    return YieldCounter(), (Tensor(np.random.rand(96).astype(np.float32)),)
