# case: global mean pooling over graphs in a batch with batch vector and num_graphs constant from config; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Config:
    num_graphs = 4
    hidden = 8


def global_mean_pool(x, batch, num_graphs):
    s = ops.unsorted_segment_sum(x, batch, num_graphs)
    cnt = ops.unsorted_segment_sum(ops.ones((x.shape[0], 1), x.dtype), batch, num_graphs)
    return s / ops.clamp(cnt, min=1.0)


class GraphClassifier(nn.Cell):
    def __init__(self, cfg=Config()):
        super().__init__()
        self.num_graphs = cfg.num_graphs
        self.enc = nn.Dense(5, cfg.hidden)
        self.head = nn.Dense(cfg.hidden, 2)

    def construct(self, x, batch):
        h = ops.relu(self.enc(x))
        g = global_mean_pool(h, batch, self.num_graphs)
        return self.head(g)


def make():
    batch = Tensor(np.repeat(np.arange(4), [3, 5, 2, 6]).astype(np.int32))
    x = Tensor(np.random.RandomState(16).randn(16, 5).astype(np.float32))
    return GraphClassifier(), (x, batch)
