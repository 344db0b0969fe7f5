# case: mean+max readout with num_graphs passed as a Python int argument -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphClassifier(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, num_classes=2, pool=("mean", "max")):
        super().__init__()
        self.pool = pool
        self.enc = nn.Dense(in_dim, hidden)
        self.head = nn.Dense(hidden * len(pool), num_classes)

    def readout(self, h, batch, num_graphs):
        outs = []
        if "mean" in self.pool:
            s = ops.unsorted_segment_sum(h, batch, num_graphs)
            c = ops.unsorted_segment_sum(ops.ones_like(h[:, :1]), batch, num_graphs)
            outs.append(s / ops.clamp(c, min=1.0))
        if "max" in self.pool:
            outs.append(ops.unsorted_segment_max(h, batch, num_graphs))
        return ops.concat(outs, axis=-1)

    def construct(self, x, batch, num_graphs):
        h = ops.relu(self.enc(x))
        return self.head(self.readout(h, batch, num_graphs))


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(15, 8).astype(np.float32))
    batch = Tensor(np.array([0] * 5 + [1] * 6 + [2] * 4, dtype=np.int32))
    return GraphClassifier(), (x, batch, 3)
