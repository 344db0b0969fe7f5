# case: risk-coverage curve computed by sorting confidences, gathering errors in that order and taking a cumulative mean over all coverage levels -> full-length sort and cumsum, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskCoverageCurve(nn.Cell):
    def __init__(self):
        super().__init__()
        self.sort = ops.Sort(axis=0, descending=True)

    def construct(self, probs, labels):
        conf = probs.max(axis=-1)
        errors = (probs.argmax(axis=-1) != labels).astype(ms.float32)
        _, order = self.sort(conf)
        sorted_err = ops.gather(errors, order, 0)
        n = conf.shape[0]
        counts = ops.arange(1, n + 1).astype(ms.float32)
        risk = ops.cumsum(sorted_err, 0) / counts
        coverage = counts / n
        aurc = risk.mean()
        return coverage, risk, aurc


def make():
    np.random.seed(0)
    curve = RiskCoverageCurve()
    raw = np.random.rand(15, 4).astype(np.float32) ** 3
    probs = Tensor(raw / raw.sum(axis=1, keepdims=True))
    labels = Tensor(np.random.randint(0, 4, size=(15,)).astype(np.int32))
    return curve, (probs, labels)
