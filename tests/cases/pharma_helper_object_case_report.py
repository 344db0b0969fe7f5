# case: builds a plain Python CaseReport object inside construct, mutates its fields from tensor results and returns it -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CaseReport:
    def __init__(self):
        self.serious = None
        self.score = None
        self.notes = []


class CaseAssessor(nn.Cell):
    def __init__(self, n_terms=6):
        super().__init__()
        self.scorer = nn.Dense(n_terms, 1)

    def construct(self, terms):
        report = CaseReport()
        report.score = ops.sigmoid(self.scorer(terms)).squeeze()
        report.serious = report.score > 0.5
        report.notes.append("auto-assessed")
        return report


def make():
    np.random.seed(34)
    terms = np.random.binomial(1, 0.4, size=(6,)).astype(np.float32)
    return CaseAssessor(), (Tensor(terms),)
