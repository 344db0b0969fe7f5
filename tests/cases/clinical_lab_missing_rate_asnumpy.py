# case: lab-value imputer that reads the missing rate with .asnumpy() to choose an imputation strategy -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabImputer(nn.Cell):
    def __init__(self, n_labs=6, max_missing_rate=0.5):
        super().__init__()
        self.n_labs = n_labs
        self.max_missing_rate = max_missing_rate
        self.learned_fill = ms.Parameter(Tensor(np.zeros(n_labs, np.float32)), name="learned_fill")

    def missing_rate(self, missing):
        return float(missing.mean().asnumpy())

    def construct(self, labs, missing):
        rate = self.missing_rate(missing)
        if rate > self.max_missing_rate:
            fill = self.learned_fill
        else:
            fill = (labs * (1 - missing)).sum(0) / (1 - missing).sum(0).clip(1.0, None)
        return labs * (1 - missing) + fill * missing


class LabRiskModel(nn.Cell):
    def __init__(self, n_labs=6):
        super().__init__()
        self.imputer = LabImputer(n_labs)
        self.clf = nn.Dense(2 * n_labs, 1)

    def construct(self, labs, missing):
        x = self.imputer(labs, missing)
        return ops.sigmoid(self.clf(ops.concat((x, missing), 1)))


def make():
    np.random.seed(6)
    labs = Tensor(np.random.randn(8, 6).astype(np.float32))
    missing = Tensor((np.random.rand(8, 6) > 0.7).astype(np.float32))
    return LabRiskModel(), (labs, missing)
