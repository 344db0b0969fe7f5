# case: computes a Clarke-Wright savings matrix from a depot-customer distance matrix with broadcasting and masks the diagonal with a constant eye -> static shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SavingsMatrix(nn.Cell):
    def __init__(self, num_customers=6):
        super().__init__()
        self.off_diag = Tensor(1.0 - np.eye(num_customers, dtype=np.float32))

    def distances(self, pts):
        diff = pts.expand_dims(1) - pts.expand_dims(0)
        return ops.sqrt((diff * diff).sum(axis=-1) + 1e-9)

    def construct(self, depot, customers):
        all_pts = ops.concat((depot.reshape(1, 2), customers), axis=0)
        d = self.distances(all_pts)
        d0 = d[0, 1:]
        dij = d[1:, 1:]
        savings = (d0.expand_dims(1) + d0.expand_dims(0) - dij) * self.off_diag
        flat_best = ops.argmax(savings.reshape(-1))
        return savings, flat_best


def make():
    np.random.seed(33)
    depot = Tensor(np.array([5.0, 5.0], dtype=np.float32))
    customers = Tensor(np.random.uniform(0, 10, size=(6, 2)).astype(np.float32))
    return SavingsMatrix(), (depot, customers)
