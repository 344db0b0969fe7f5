# case: fill a plain Python QualityReport object with tensor statistics inside construct and return it -> Python object built, mutated and returned in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QualityReport:
    def __init__(self):
        self.mean_score = None
        self.max_score = None
        self.n_reject = None


class ReportingInspector(nn.Cell):
    def __init__(self, n_feat=6, threshold=0.6):
        super().__init__()
        self.fc = nn.Dense(n_feat, 1)
        self.threshold = threshold

    def construct(self, x):
        score = ops.sigmoid(self.fc(x)).squeeze(-1)
        report = QualityReport()
        report.mean_score = score.mean()
        report.max_score = score.max()
        report.n_reject = (score > self.threshold).astype(ms.int32).sum()
        return report


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(9, 6).astype(np.float32))
    return ReportingInspector(), (x,)
