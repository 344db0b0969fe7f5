# case: feed-intake model builds a COOTensor of (cow, feeder) visit events inside construct and densifies it -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class FeederIntake(nn.Cell):
    def __init__(self, n_cows=6, n_feeders=4):
        super().__init__()
        self.shape = (n_cows, n_feeders)
        self.ration_energy = Tensor(np.array([6.5, 7.0, 6.8, 11.5], np.float32))

    def construct(self, visit_indices, kg_eaten):
        visits = COOTensor(visit_indices, kg_eaten, self.shape)
        dense = visits.to_dense()
        intake_kg = dense.sum(axis=1)
        energy_mj = ops.matmul(dense, self.ration_energy)
        return intake_kg, energy_mj


def make():
    np.random.seed(29)
    idx = np.array([[0, 1], [1, 0], [2, 3], [3, 2], [5, 1]], np.int32)
    kg = np.random.uniform(0.5, 3.0, (5,)).astype(np.float32)
    return FeederIntake(), (Tensor(idx), Tensor(kg))
