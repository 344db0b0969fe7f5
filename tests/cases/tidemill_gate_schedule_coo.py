# case: store the sparse sluice-gate opening schedule (gate x half-hour slot) as a COOTensor and expand it to a dense plan -> sparse tensor built in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatePlan(nn.Cell):
    def __init__(self, n_gates=4, n_slots=48):
        super().__init__()
        self.shape = (n_gates, n_slots)

    def construct(self, indices, opening_fraction):
        plan = ms.COOTensor(indices, opening_fraction, self.shape)
        dense = plan.to_dense()
        gate_hours = dense.sum(axis=1) * 0.5
        return dense, gate_hours


def make():
    np.random.seed(3288)
    gates = np.array([0, 0, 1, 2, 2, 3, 3, 3], np.int32)
    slots = np.array([5, 6, 18, 30, 31, 40, 41, 42], np.int32)
    idx = np.stack([gates, slots], axis=1)
    frac = np.random.uniform(0.3, 1.0, size=8).astype(np.float32)
    return GatePlan(), (Tensor(idx), Tensor(frac))
