# case: bulk-tank somatic-cell estimate takes math.exp of the mean log SCC tensor and rounds it with Python round in construct -> error or host round trip in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BulkTankScc(nn.Cell):
    def __init__(self, penalty_limit_k=400.0):
        super().__init__()
        self.penalty_limit_k = penalty_limit_k

    def construct(self, scc_k, milk_kg):
        w = milk_kg / milk_kg.sum()
        log_mean = (ops.log(scc_k) * w).sum()
        bulk_k = round(math.exp(log_mean), 1)
        over = bulk_k > self.penalty_limit_k
        share = scc_k * w / (scc_k * w).sum()
        return share, over


def make():
    np.random.seed(41)
    scc = np.random.lognormal(4.8, 0.6, (9,)).astype(np.float32)
    milk = np.random.uniform(18.0, 40.0, (9,)).astype(np.float32)
    return BulkTankScc(), (Tensor(scc), Tensor(milk))
