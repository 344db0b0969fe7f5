# case: quota check converts the cumulative landed tensor to NumPy with .asnumpy() to compare against the licence quota -> asnumpy inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QuotaGuard(nn.Cell):
    def __init__(self, quotas_kg):
        super().__init__()
        self.quotas = Tensor(np.array(quotas_kg, dtype=np.float32))

    def construct(self, landed_kg, haul_kg):
        new_total = landed_kg + haul_kg
        left = (self.quotas - new_total).asnumpy()
        breach = Tensor(np.clip(-left, 0, None))
        return new_total, breach


def make():
    np.random.seed(32)
    landed = Tensor(np.array([1200.0, 300.0, 80.0], dtype=np.float32))
    haul = Tensor(np.random.uniform(50, 400, size=(3,)).astype(np.float32))
    return QuotaGuard([1500.0, 500.0, 100.0]), (landed, haul)
