# case: crew pairing features use a CSR pairing-by-leg incidence matrix times per-leg duty hours to get pairing duty totals -> CSRTensor built and used in construct, sparse support in Graph mode is questionable
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairingDutyTotals(nn.Cell):
    def __init__(self, n_pairings=4, n_legs=10):
        super().__init__()
        self.shape = (n_pairings, n_legs)

    def construct(self, indptr, leg_idx, weights, leg_hours):
        incidence = ms.CSRTensor(indptr, leg_idx, weights, self.shape)
        duty = incidence.mv(leg_hours.expand_dims(1))
        return duty.squeeze(1)


def make():
    np.random.seed(91)
    indptr = Tensor(np.array([0, 3, 5, 8, 10], dtype=np.int32))
    legs = Tensor(np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=np.int32))
    w = Tensor(np.ones(10, dtype=np.float32))
    hours = Tensor((1 + 3 * np.random.rand(10)).astype(np.float32))
    return PairingDutyTotals(), (indptr, legs, w, hours)
