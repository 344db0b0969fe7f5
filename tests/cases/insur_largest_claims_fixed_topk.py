# case: report the top 3 largest claims per line of business with topk using a constructor k -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LargestClaims(nn.Cell):
    def __init__(self, k=3, reinsurance_retention=8000.0):
        super().__init__()
        self.k = k
        self.retention = reinsurance_retention

    def construct(self, claims_by_lob):
        top_vals, top_idx = ops.topk(claims_by_lob, self.k)
        ceded = ops.relu(top_vals - self.retention)
        retained = top_vals - ceded
        return top_idx, retained, ceded.sum(axis=1)


def make():
    np.random.seed(32)
    c = Tensor(np.random.lognormal(8.0, 1.1, size=(4, 15)).astype(np.float32))
    return LargestClaims(), (c,)
