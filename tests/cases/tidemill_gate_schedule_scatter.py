# case: build the dense sluice-gate opening plan by scattering opening fractions into a zero grid with ops.tensor_scatter_update -> dense ops with fixed shapes, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatePlanDense(nn.Cell):
    def __init__(self, n_gates=4, n_slots=48):
        super().__init__()
        self.n_gates = n_gates
        self.n_slots = n_slots

    def construct(self, indices, opening_fraction):
        grid = ops.zeros((self.n_gates, self.n_slots), ms.float32)
        dense = ops.tensor_scatter_update(grid, indices, opening_fraction)
        gate_hours = dense.sum(axis=1) * 0.5
        return dense, gate_hours


def make():
    np.random.seed(3289)
    gates = np.array([0, 0, 1, 2, 2, 3, 3, 3], np.int32)
    slots = np.array([5, 6, 18, 30, 31, 40, 41, 42], np.int32)
    idx = np.stack([gates, slots], axis=1)
    frac = np.random.uniform(0.3, 1.0, size=8).astype(np.float32)
    return GatePlanDense(), (Tensor(idx), Tensor(frac))
