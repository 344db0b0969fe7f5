# case: edge dropout as a multiplicative bernoulli weight, edge count unchanged -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedDropEdgeConv(nn.Cell):
    def __init__(self, in_dim=8, out_dim=12, p_drop=0.2, normalize=True):
        super().__init__()
        self.p_drop = p_drop
        self.normalize = normalize
        self.lin = nn.Dense(in_dim, out_dim)
        self.dropout = nn.Dropout(p=p_drop)

    def edge_weights(self, num_edges):
        w = ops.ones((num_edges, 1), ms.float32)
        if self.training and self.p_drop > 0:
            w = self.dropout(w)
        return w

    def construct(self, x, edge_index):
        n = x.shape[0]
        src, dst = edge_index[0], edge_index[1]
        w = self.edge_weights(src.shape[0])
        msg = ops.gather(self.lin(x), src, 0) * w
        out = ops.unsorted_segment_sum(msg, dst, n)
        if self.normalize:
            deg = ops.unsorted_segment_sum(w, dst, n)
            out = out / ops.maximum(deg, ops.ones_like(deg))
        return out


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(11, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, 11, size=(2, 40)).astype(np.int32))
    net = WeightedDropEdgeConv()
    net.set_train(True)
    return net, (x, ei)
