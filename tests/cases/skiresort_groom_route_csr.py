# case: propagate grooming urgency along piste connections using a CSRTensor passed into the cell and sparse matrix-vector product -> sparse tensor ops, expected error or unsupported on CPU graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UrgencyPropagation(nn.Cell):
    def __init__(self, hops=2, decay=0.6):
        super().__init__()
        self.hops = hops
        self.decay = decay

    def construct(self, indptr, indices, values, urgency):
        n = urgency.shape[0]
        links = ms.CSRTensor(indptr, indices, values, (n, n))
        out = urgency
        for _ in range(self.hops):
            out = urgency + self.decay * links.mv(out)
        return out


def make():
    np.random.seed(81)
    indptr = Tensor(np.array([0, 2, 3, 5, 6, 6], np.int32))
    indices = Tensor(np.array([1, 2, 2, 3, 4, 4], np.int32))
    values = Tensor(np.random.uniform(0.3, 1.0, (6,)).astype(np.float32))
    urgency = Tensor(np.random.uniform(0, 1, (5, 1)).astype(np.float32))
    return UrgencyPropagation(), (indptr, indices, values, urgency)
