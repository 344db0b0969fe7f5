# case: graph-level readout chosen by a config string (sum/mean/max) over a batch vector with num_graphs fixed in config -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class ReadoutConfig:
    pooling: str = "mean"
    num_graphs: int = 4
    hidden: int = 16
    num_classes: int = 3
    dropout: float = 0.0


def global_add_pool(x, batch, size):
    return ops.unsorted_segment_sum(x, batch, size)


def global_mean_pool(x, batch, size):
    cnt = ops.unsorted_segment_sum(ops.ones((x.shape[0], 1), x.dtype), batch, size)
    return global_add_pool(x, batch, size) / ops.clamp(cnt, min=1.0)


def global_max_pool(x, batch, size):
    return ops.unsorted_segment_max(x, batch, size)


POOLS = {"sum": global_add_pool, "mean": global_mean_pool, "max": global_max_pool}


class GraphClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        if config.pooling not in POOLS:
            raise ValueError("unknown pooling " + config.pooling)
        self.pooling = config.pooling
        self.num_graphs = config.num_graphs
        self.head = nn.SequentialCell(nn.Dense(config.hidden, config.hidden), nn.ReLU(),
                                      nn.Dense(config.hidden, config.num_classes))

    def readout(self, x, batch):
        if self.pooling == "sum":
            return global_add_pool(x, batch, self.num_graphs)
        if self.pooling == "max":
            return global_max_pool(x, batch, self.num_graphs)
        return global_mean_pool(x, batch, self.num_graphs)

    def construct(self, x, batch):
        return self.head(self.readout(x, batch))


def make():
    np.random.seed(3441)
    n = 20
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    batch = Tensor(np.sort(np.random.randint(0, 4, size=n)).astype(np.int32))
    return GraphClassifier(ReadoutConfig()), (x, batch)
