# case: particle-to-grid splatting with segment sums over a fixed number of grid cells from the config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ParticleToGrid(nn.Cell):
    """Nearest-cell P2G transfer of mass and momentum (PIC-style)."""

    def __init__(self, grid_res=8, domain=1.0):
        super().__init__()
        self.grid_res = grid_res
        self.dx = domain / grid_res
        self.num_cells = grid_res * grid_res

    def flat_cell(self, pos):
        ij = ops.clamp(ops.floor(pos / self.dx), 0, self.grid_res - 1).astype(ms.int32)
        return ij[:, 0] * self.grid_res + ij[:, 1]

    def construct(self, pos, vel, mass):
        cid = self.flat_cell(pos)
        m_grid = ops.unsorted_segment_sum(mass, cid, self.num_cells)
        p_grid = ops.unsorted_segment_sum(vel * ops.expand_dims(mass, -1), cid, self.num_cells)
        v_grid = p_grid / ops.expand_dims(m_grid + 1e-8, -1)
        occupied = (m_grid > 0).astype(ms.float32)
        v_back = ops.gather(v_grid, cid, 0)
        return m_grid.reshape(self.grid_res, self.grid_res), v_back, occupied.sum()


def make():
    np.random.seed(17)
    n = 30
    pos = Tensor(np.random.rand(n, 2).astype(np.float32))
    vel = Tensor(np.random.randn(n, 2).astype(np.float32))
    mass = Tensor(np.random.rand(n).astype(np.float32) + 0.1)
    return ParticleToGrid(), (pos, vel, mass)
