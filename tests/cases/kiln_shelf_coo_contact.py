# case: kiln shelf contact model builds a COOTensor of ware-to-shelf contact points inside construct and converts it to dense for a load sum -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShelfContactLoad(nn.Cell):
    def __init__(self, grid=(8, 8)):
        super().__init__()
        self.grid = grid
        self.stiffness = ms.Parameter(Tensor(np.full(grid, 0.9, np.float32)), name="stiffness")

    def construct(self, contact_idx, contact_mass):
        contacts = ms.COOTensor(contact_idx, contact_mass, self.grid)
        load_map = contacts.to_dense()
        deflection = load_map * self.stiffness
        return deflection.sum(), deflection.max()


def make():
    np.random.seed(71)
    idx = np.array([[0, 1], [2, 3], [4, 4], [5, 7], [7, 0]], dtype=np.int32)
    mass = np.random.uniform(0.2, 3.0, 5).astype(np.float32)
    return ShelfContactLoad(), (Tensor(idx), Tensor(mass))
