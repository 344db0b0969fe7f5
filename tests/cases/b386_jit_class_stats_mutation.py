# case: featuriser creates a @ms.jit_class running-statistics object inside construct and mutates its fields while looping over conv layers to log mean bond-message norms -> jit_class instance created and mutated in construct (may be rejected)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MessageStats:
    def __init__(self):
        self.total = 0.0
        self.count = 0

    def update(self, msg):
        self.total = self.total + ops.norm(msg, dim=-1).mean()
        self.count = self.count + 1


class GraphConvStack(nn.Cell):
    def __init__(self, dim=16, n_layers=3, track_stats=True):
        super().__init__()
        self.track_stats = track_stats
        self.layers = nn.CellList([nn.Dense(dim, dim) for _ in range(n_layers)])

    def construct(self, h, src, dst):
        stats = MessageStats()
        for layer in self.layers:
            msg = ops.gather(layer(h), dst, 0)
            if self.track_stats:
                stats.update(msg)
            h = h + ops.unsorted_segment_sum(msg, src, h.shape[0]) / 4.0
        return h, stats.total / stats.count


def make():
    np.random.seed(31)
    n, nbr = 8, 4
    h = Tensor(np.random.randn(n, 16).astype(np.float32))
    src = Tensor(np.repeat(np.arange(n), nbr).astype(np.int32))
    dst = Tensor(np.random.randint(0, n, size=n * nbr).astype(np.int32))
    return GraphConvStack(), (h, src, dst)
