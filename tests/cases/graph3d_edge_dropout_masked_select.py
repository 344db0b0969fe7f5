# case: edge dropout that drops edges with masked_select during training -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropEdgeSAGE(nn.Cell):
    def __init__(self, in_dim=8, out_dim=8, p_drop=0.3, aggr="mean"):
        super().__init__()
        self.p_drop = p_drop
        self.aggr = aggr
        self.lin_self = nn.Dense(in_dim, out_dim)
        self.lin_neigh = nn.Dense(in_dim, out_dim)
        self.set_train(True)

    def drop_edges(self, src, dst):
        if not self.training or self.p_drop <= 0.0:
            return src, dst
        keep = ops.uniform(src.shape, Tensor(0.0, ms.float32), Tensor(1.0, ms.float32), seed=3) > self.p_drop
        src = ops.masked_select(src, keep)
        dst = ops.masked_select(dst, keep)
        return src, dst

    def construct(self, x, edge_index):
        n = x.shape[0]
        src, dst = self.drop_edges(edge_index[0], edge_index[1])
        agg = ops.unsorted_segment_sum(ops.gather(x, src, 0), dst, n)
        if self.aggr == "mean":
            cnt = ops.unsorted_segment_sum(ops.ones_like(dst).astype(ms.float32), dst, n)
            agg = agg / ops.clamp(cnt, min=1.0).expand_dims(1)
        return self.lin_self(x) + self.lin_neigh(agg)


def make():
    np.random.seed(2)
    x = Tensor(np.random.randn(9, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, 9, size=(2, 24)).astype(np.int32))
    return DropEdgeSAGE(), (x, ei)
