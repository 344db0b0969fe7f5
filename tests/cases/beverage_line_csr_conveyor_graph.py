# case: propagate stoppage risk along the conveyor graph (filler -> capper -> labeller -> packer) stored as a CSR adjacency -> CSRTensor and sparse matmul in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConveyorRiskPropagation(nn.Cell):
    def __init__(self, n_stations=5, hops=2):
        super().__init__()
        self.n_stations = n_stations
        self.hops = hops

    def construct(self, indptr, indices, weights, risk):
        adj = ms.CSRTensor(indptr, indices, weights, (self.n_stations, self.n_stations))
        for _ in range(self.hops):
            risk = risk + adj.mv(risk)
        return ops.sigmoid(risk)


def make():
    np.random.seed(101)
    indptr = np.array([0, 1, 2, 3, 4, 4], np.int32)
    indices = np.array([1, 2, 3, 4], np.int32)
    weights = np.array([0.6, 0.5, 0.7, 0.4], np.float32)
    risk = np.random.rand(5, 1).astype(np.float32)
    return ConveyorRiskPropagation(), (Tensor(indptr), Tensor(indices), Tensor(weights), Tensor(risk))
