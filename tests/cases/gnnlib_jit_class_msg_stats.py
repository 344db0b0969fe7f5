# case: message-passing layer that creates a @ms.jit_class MessageStats tracker in construct and mutates its fields per layer -> jit_class instance mutated in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MessageStats:
    def __init__(self):
        self.num_layers = 0
        self.total_norm = 0.0

    def update(self, msg):
        self.num_layers = self.num_layers + 1
        self.total_norm = self.total_norm + ops.norm(msg)


class StatsConfig:
    hidden = 16
    num_layers = 2
    track_stats = True


class TrackedGNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.track_stats = config.track_stats
        self.lins = nn.CellList([nn.Dense(config.hidden, config.hidden) for _ in range(config.num_layers)])

    def construct(self, x, edge_index):
        stats = MessageStats() if self.track_stats else None
        for lin in self.lins:
            msg = x[edge_index[0]]
            if stats is not None:
                stats.update(msg)
            x = ops.relu(lin(ops.unsorted_segment_sum(msg, edge_index[1], x.shape[0])))
        if stats is not None:
            return x, stats.total_norm / stats.num_layers
        return x


def make():
    np.random.seed(3466)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return TrackedGNN(StatsConfig()), (x, ei)
