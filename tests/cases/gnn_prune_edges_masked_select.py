# case: GNN layer prunes weak edges with masked_select on learned edge weights before aggregation; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EDGE_THRESH = 0.5


class EdgeScorer(nn.Cell):
    def __init__(self, d):
        super().__init__()
        self.fc = nn.Dense(2 * d, 1)

    def construct(self, xs, xd):
        return ops.sigmoid(self.fc(ops.concat((xs, xd), axis=-1))).squeeze(-1)


class PrunedGNN(nn.Cell):
    def __init__(self, d=8, n_cls=2):
        super().__init__()
        self.score = EdgeScorer(d)
        self.lin = nn.Dense(d, d)
        self.cls = nn.Dense(d, n_cls)

    def construct(self, x, src, dst):
        xs = ops.gather(x, src, 0)
        xd = ops.gather(x, dst, 0)
        w = self.score(xs, xd)
        keep = w > EDGE_THRESH
        src_k = ops.masked_select(src, keep)
        dst_k = ops.masked_select(dst, keep)
        w_k = ops.masked_select(w, keep)
        msg = self.lin(ops.gather(x, src_k, 0)) * w_k[:, None]
        agg = ops.unsorted_segment_sum(msg, dst_k, x.shape[0])
        return self.cls(ops.relu(agg + x))


def make():
    x = Tensor(np.random.randn(12, 8).astype(np.float32))
    src = Tensor(np.random.randint(0, 12, (40,)).astype(np.int32))
    dst = Tensor(np.random.randint(0, 12, (40,)).astype(np.int32))
    return PrunedGNN(), (x, src, dst)
