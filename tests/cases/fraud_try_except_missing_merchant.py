# case: wraps a merchant-risk table lookup in try/except to fall back to a default risk when the index is out of range -> try/except in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MerchantRiskLookup(nn.Cell):
    def __init__(self, n_merchants=20, default_risk=0.1):
        super().__init__()
        self.table = Tensor(np.linspace(0.01, 0.6, n_merchants).astype(np.float32))
        self.default_risk = default_risk

    def construct(self, merchant_ids, base_score):
        try:
            merchant_risk = ops.gather(self.table, merchant_ids, 0)
        except IndexError:
            merchant_risk = ops.full_like(base_score, self.default_risk)
        return 1.0 - (1.0 - base_score) * (1.0 - merchant_risk)


def make():
    np.random.seed(24)
    merchant_ids = Tensor(np.random.randint(0, 20, size=9).astype(np.int32))
    base_score = Tensor(np.random.rand(9).astype(np.float32))
    return MerchantRiskLookup(), (merchant_ids, base_score)
