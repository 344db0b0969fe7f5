# case: kiln shelf contact model scatters ware masses onto a dense shelf grid with tensor_scatter_add instead of a sparse tensor -> dense fixed shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShelfContactLoad(nn.Cell):
    def __init__(self, grid=(8, 8)):
        super().__init__()
        self.grid = grid
        self.stiffness = ms.Parameter(Tensor(np.full(grid, 0.9, np.float32)), name="stiffness")

    def construct(self, contact_idx, contact_mass):
        load_map = ops.zeros(self.grid, ms.float32)
        load_map = ops.tensor_scatter_add(load_map, contact_idx, contact_mass)
        deflection = load_map * self.stiffness
        return deflection.sum(), deflection.max()


def make():
    np.random.seed(72)
    idx = np.array([[0, 1], [2, 3], [4, 4], [5, 7], [7, 0]], dtype=np.int32)
    mass = np.random.uniform(0.2, 3.0, 5).astype(np.float32)
    return ShelfContactLoad(), (Tensor(idx), Tensor(mass))
