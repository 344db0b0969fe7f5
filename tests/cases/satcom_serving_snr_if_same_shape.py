# case: if the serving link SNR falls below the threshold, switch to the backup link vector, else keep the serving one; both branches have the same shape -> tensor-conditioned if with equal shapes, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinkFailover(nn.Cell):
    def __init__(self, outage_db=3.0, backup_penalty_db=1.5):
        super().__init__()
        self.outage = outage_db
        self.penalty = backup_penalty_db

    def construct(self, serving_snr, backup_snr):
        if serving_snr.mean() < self.outage:
            active = backup_snr - self.penalty
            used_backup = Tensor(True)
        else:
            active = serving_snr
            used_backup = Tensor(False)
        rate = ops.log2(1.0 + ops.pow(10.0, active / 10.0))
        return rate, used_backup


def make():
    np.random.seed(45)
    s = Tensor(np.random.uniform(0, 6, size=(8,)).astype(np.float32))
    b = Tensor(np.random.uniform(4, 12, size=(8,)).astype(np.float32))
    return LinkFailover(), (s, b)
