# case: supplier lead-time P90 estimated with np.percentile on .asnumpy() inside construct -> Graph mode error on host round trip
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadTimeEstimator(nn.Cell):
    def __init__(self, quantile=90.0, buffer_days=1.0):
        super().__init__()
        self.quantile = quantile
        self.buffer_days = buffer_days

    def construct(self, observed_days, supplier_weight):
        per_supplier = observed_days * supplier_weight
        samples = per_supplier.asnumpy()
        p90 = np.percentile(samples, self.quantile, axis=1)
        p90 = Tensor(p90.astype(np.float32))
        planned = p90 + self.buffer_days
        return planned, ops.reduce_mean(observed_days, 1)


def make():
    np.random.seed(8)
    observed = Tensor(np.random.gamma(3.0, 2.0, size=(5, 20)).astype(np.float32))
    weight = Tensor(np.ones((5, 1), dtype=np.float32))
    return LeadTimeEstimator(), (observed, weight)
