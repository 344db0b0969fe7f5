# case: apply per-claim deductible and policy limit with ops.where and clamp, then sum by policy over a fixed claim axis -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerPayout(nn.Cell):
    def __init__(self, deductible=500.0, limit=20000.0, coinsurance=0.8):
        super().__init__()
        self.deductible = deductible
        self.limit = limit
        self.coinsurance = coinsurance

    def construct(self, gross, valid):
        net = ops.clamp(gross - self.deductible, 0.0, self.limit)
        paid = net * self.coinsurance
        paid = ops.where(valid, paid, ops.zeros_like(paid))
        per_policy = paid.sum(axis=1)
        return per_policy, paid.max(axis=1)


def make():
    np.random.seed(13)
    gross = Tensor(np.random.lognormal(7.0, 1.3, size=(6, 8)).astype(np.float32))
    valid = Tensor(np.random.rand(6, 8) > 0.25)
    return LayerPayout(), (gross, valid)
