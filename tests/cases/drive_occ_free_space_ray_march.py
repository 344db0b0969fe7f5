# case: free-space carving by marching rays through an occupancy grid in a while loop until every ray hit an obstacle or left the grid (fixed-shape state) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FreeSpaceRayMarcher(nn.Cell):
    def __init__(self, grid_size=12, step=0.5, max_steps=40, occ_thresh=0.5):
        super().__init__()
        self.n = grid_size
        self.step = step
        self.max_steps = max_steps
        self.occ_thresh = occ_thresh

    def sample(self, occ_flat, pos):
        ij = ops.clamp(ops.floor(pos).astype(ms.int32), 0, self.n - 1)
        return ops.gather(occ_flat, ij[:, 1] * self.n + ij[:, 0], 0)

    def construct(self, occ, origin, directions):
        occ_flat = occ.reshape(-1)
        num_rays = directions.shape[0]
        pos = origin.expand_dims(0).broadcast_to((num_rays, 2))
        dist = ops.zeros((num_rays,), ms.float32)
        active = ops.ones((num_rays,), ms.bool_)
        it = Tensor(0, ms.int32)
        while active.any() and it < self.max_steps:
            pos = pos + directions * self.step * active.astype(ms.float32).expand_dims(-1)
            dist = dist + self.step * active.astype(ms.float32)
            inside = ops.logical_and((pos >= 0).all(axis=-1), (pos < self.n).all(axis=-1))
            hit = self.sample(occ_flat, pos) > self.occ_thresh
            active = ops.logical_and(active, ops.logical_and(inside, ops.logical_not(hit)))
            it = it + 1
        return dist


def make():
    np.random.seed(39)
    occ = (np.random.rand(12, 12) > 0.8).astype(np.float32)
    ang = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    dirs = np.stack([np.cos(ang), np.sin(ang)], axis=1).astype(np.float32)
    return FreeSpaceRayMarcher(), (Tensor(occ), Tensor(np.array([6.0, 6.0], np.float32)), Tensor(dirs))
