# case: wrap the log-line feature normalisation in try/except to fall back to raw counts on a division problem inside construct -> try/except not supported in graph syntax
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LogFeatureNormalizer(nn.Cell):
    def __init__(self, eps=0.0):
        super().__init__()
        self.eps = eps

    def construct(self, counts):
        try:
            total = counts.sum(axis=1, keepdims=True)
            freqs = counts / (total + self.eps)
        except ZeroDivisionError:
            freqs = counts
        return freqs


class LogAnomalyModel(nn.Cell):
    def __init__(self, num_templates=10):
        super().__init__()
        self.norm = LogFeatureNormalizer()
        self.fc = nn.Dense(num_templates, 1)

    def construct(self, template_counts):
        return ops.sigmoid(self.fc(self.norm(template_counts)))


def make():
    np.random.seed(15)
    counts = Tensor(np.random.randint(1, 20, size=(5, 10)).astype(np.float32))
    return LogAnomalyModel(), (counts,)
