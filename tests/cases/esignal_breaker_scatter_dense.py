# case: substation breaker log scatters (bay, month) operation counts into a dense zero matrix with tensor_scatter_add then weights months -> dense ops, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BreakerDutyIndex(nn.Cell):
    def __init__(self, n_bays=8, n_months=12):
        super().__init__()
        self.shape = (n_bays, n_months)
        self.month_w = Tensor(np.linspace(0.5, 1.0, n_months).astype(np.float32).reshape(n_months, 1))

    def construct(self, indices, counts):
        dense = ops.zeros(self.shape, ms.float32)
        dense = ops.tensor_scatter_add(dense, indices, counts)
        duty = ops.matmul(dense, self.month_w)
        return duty.squeeze(-1)


def make():
    np.random.seed(82)
    idx = np.array([[0, 1], [0, 5], [2, 3], [3, 11], [5, 0], [7, 7]], np.int32)
    cnt = np.array([3, 1, 4, 2, 6, 1], np.float32)
    return BreakerDutyIndex(), (Tensor(idx), Tensor(cnt))
