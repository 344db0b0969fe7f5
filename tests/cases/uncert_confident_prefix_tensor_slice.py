# case: risk-coverage helper sorts samples by confidence and slices the first n where n is a tensor count of samples above the threshold -> slice bound from a tensor value, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiskAtCoverage(nn.Cell):
    def __init__(self, threshold=0.7):
        super().__init__()
        self.threshold = threshold
        self.sort = ops.Sort(axis=0, descending=True)

    def construct(self, probs, labels):
        conf = probs.max(axis=-1)
        pred = probs.argmax(axis=-1)
        errors = ops.cast(pred != labels, ms.float32)
        sorted_conf, order = self.sort(conf)
        sorted_err = ops.gather(errors, order, 0)
        n = (sorted_conf > self.threshold).astype(ms.int32).sum()
        accepted_err = sorted_err[:n]
        risk = accepted_err.mean()
        return risk, accepted_err


def make():
    np.random.seed(0)
    metric = RiskAtCoverage()
    raw = np.random.rand(15, 4).astype(np.float32) ** 3
    probs = Tensor(raw / raw.sum(axis=1, keepdims=True))
    labels = Tensor(np.random.randint(0, 4, size=(15,)).astype(np.int32))
    return metric, (probs, labels)
