# case: MPNN over bonds given as (2, E) index tensor: gather endpoints, edge MLP, scatter-add with num_segments from h.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BondMessageLayer(nn.Cell):
    def __init__(self, dim=8, bond_dim=4):
        super().__init__()
        self.msg = nn.SequentialCell([nn.Dense(2 * dim + bond_dim, dim), nn.ReLU()])
        self.upd = nn.GRUCell(dim, dim)

    def construct(self, h, edge_index, edge_attr):
        src, dst = edge_index[0], edge_index[1]
        h_src = ops.gather(h, src, 0)
        h_dst = ops.gather(h, dst, 0)
        m = self.msg(ops.concat((h_src, h_dst, edge_attr), axis=-1))
        agg = ops.unsorted_segment_sum(m, dst, h.shape[0])
        return self.upd(agg, h)


class BondMPNN(nn.Cell):
    def __init__(self, dim=8, bond_dim=4, num_steps=3, share_weights=True):
        super().__init__()
        self.num_steps = num_steps
        n_layers = 1 if share_weights else num_steps
        self.layers = nn.CellList([BondMessageLayer(dim, bond_dim) for _ in range(n_layers)])
        self.share = share_weights

    def construct(self, h, edge_index, edge_attr):
        for t in range(self.num_steps):
            layer = self.layers[0] if self.share else self.layers[t]
            h = layer(h, edge_index, edge_attr)
        return h


def make():
    np.random.seed(22)
    h = Tensor(np.random.randn(5, 8).astype(np.float32))
    ei = Tensor(np.array([[0, 1, 1, 2, 2, 3, 3, 4], [1, 0, 2, 1, 3, 2, 4, 3]], dtype=np.int32))
    ea = Tensor(np.random.randn(8, 4).astype(np.float32))
    return BondMPNN(), (h, ei, ea)
