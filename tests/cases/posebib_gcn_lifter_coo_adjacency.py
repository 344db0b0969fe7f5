# case: 2D->3D pose lifter with graph convolutions whose skeleton adjacency is built as an ms.COOTensor in construct and densified per layer -> sparse tensor handled in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

H36M_EDGES = ((0, 1), (1, 2), (2, 3), (0, 4), (4, 5), (5, 6), (0, 7), (7, 8), (8, 9), (9, 10),
              (8, 11), (11, 12), (12, 13), (8, 14), (14, 15), (15, 16))


def skeleton_coo_arrays(num_joints, edges):
    rows = [i for i in range(num_joints)] + [a for a, _ in edges] + [b for _, b in edges]
    cols = [i for i in range(num_joints)] + [b for _, b in edges] + [a for a, _ in edges]
    deg = np.bincount(np.array(rows), minlength=num_joints).astype(np.float32)
    vals = [1.0 / np.sqrt(deg[r] * deg[c]) for r, c in zip(rows, cols)]
    return np.stack([rows, cols], 1).astype(np.int32), np.array(vals, np.float32)


class LifterCfg:
    num_joints = 17
    hidden = 32
    num_layers = 2


class SemGCNLifter(nn.Cell):
    def __init__(self, cfg=LifterCfg()):
        super().__init__()
        idx, vals = skeleton_coo_arrays(cfg.num_joints, H36M_EDGES)
        self.adj_indices = Tensor(idx)
        self.adj_values = Tensor(vals)
        self.num_joints = cfg.num_joints
        dims = [2] + [cfg.hidden] * cfg.num_layers
        self.layers = nn.CellList([nn.Dense(i, o) for i, o in zip(dims[:-1], dims[1:])])
        self.out = nn.Dense(cfg.hidden, 3)
        self.act = nn.ReLU()

    def _adjacency(self):
        return ms.COOTensor(self.adj_indices, self.adj_values, (self.num_joints, self.num_joints))

    def construct(self, kpts_2d):
        adj = self._adjacency().to_dense()
        x = kpts_2d
        for layer in self.layers:
            x = self.act(ops.matmul(adj, layer(x)))
        return self.out(x)


def make():
    np.random.seed(117)
    kpts = Tensor(np.random.randn(4, 17, 2).astype(np.float32))
    return SemGCNLifter(), (kpts,)
