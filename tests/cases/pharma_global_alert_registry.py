# case: appends alert scores to a module-level Python list from inside construct when scoring pharmacovigilance reports -> error or silently traced
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALERT_LOG = []


class ReportTriage(nn.Cell):
    def __init__(self, n_terms=8):
        super().__init__()
        self.classifier = nn.Dense(n_terms, 2)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, report_terms):
        probs = self.softmax(self.classifier(report_terms))
        serious_prob = probs[:, 1]
        ALERT_LOG.append(serious_prob.max())
        return serious_prob


def make():
    np.random.seed(22)
    terms = np.random.binomial(1, 0.3, size=(5, 8)).astype(np.float32)
    return ReportTriage(), (Tensor(terms),)
