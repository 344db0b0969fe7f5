# case: CVRP environment transition: load reset on depot return, visited update and travelled distance with fixed-shape where/gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CVRPTransition(nn.Cell):
    def __init__(self, capacity=1.0, depot=0):
        super().__init__()
        self.capacity = capacity
        self.depot = depot

    def _xy(self, coords, node):
        return ops.gather_elements(coords, 1, node.view(-1, 1, 1).broadcast_to((coords.shape[0], 1, 2))).squeeze(1)

    def construct(self, coords, demands, used, visited, prev, action):
        dist = ops.norm(self._xy(coords, action) - self._xy(coords, prev), dim=-1)
        d = ops.gather_elements(demands, 1, action.view(-1, 1)).squeeze(-1)
        back_home = action == self.depot
        used = ops.where(back_home, ops.zeros_like(used), used + d)
        hit = ops.one_hot(action, visited.shape[-1], Tensor(1, ms.int32), Tensor(0, ms.int32))
        visited = ops.logical_or(visited, hit > 0)
        visited[:, self.depot] = False
        done = visited[:, 1:].all(-1)
        return used, visited, dist, done


def make():
    np.random.seed(31)
    coords = Tensor(np.random.rand(3, 5, 2).astype(np.float32))
    dem = np.random.uniform(0.1, 0.3, (3, 5)).astype(np.float32)
    dem[:, 0] = 0
    vis = np.zeros((3, 5), bool)
    vis[:, 2] = True
    return CVRPTransition(), (coords, Tensor(dem), Tensor(np.array([0.3, 0.5, 0.0], np.float32)), Tensor(vis),
                              Tensor(np.array([2, 2, 0], np.int32)), Tensor(np.array([0, 4, 1], np.int32)))
