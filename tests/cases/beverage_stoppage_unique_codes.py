# case: collapse the shift's stoppage event codes into distinct codes with counts for the downtime dashboard -> ops.unique yields data-dependent output length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StoppageCodeSummary(nn.Cell):
    def __init__(self, n_codes=16):
        super().__init__()
        self.n_codes = n_codes

    def construct(self, codes, durations_s):
        distinct, inverse = ops.unique(codes)
        one_hot = ops.one_hot(inverse, distinct.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        downtime = ops.matmul(durations_s.reshape(1, -1), one_hot).reshape(-1)
        return distinct, downtime


def make():
    np.random.seed(41)
    codes = np.random.choice([3, 7, 7, 11, 2, 3, 15], size=40).astype(np.int32)
    durations = np.random.exponential(90.0, size=40).astype(np.float32)
    return StoppageCodeSummary(), (Tensor(codes), Tensor(durations))
