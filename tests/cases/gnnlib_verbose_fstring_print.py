# case: message-passing layer with a verbose config flag left on that prints an f-string with the tensor aggregate norm inside construct -> f-string on tensor in graph, fallback or rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerConfig:
    hidden = 16
    verbose = True
    layer_name = "mp0"


class LoggingMixin:
    def log_stats(self, name, t):
        if self.verbose:
            print(f"[{self.layer_name}] {name}: norm={ops.norm(t)}")


class MeanConv(nn.Cell, LoggingMixin):
    def __init__(self, config):
        super().__init__()
        self.verbose = getattr(config, "verbose", False)
        self.layer_name = getattr(config, "layer_name", "conv")
        self.lin = nn.Dense(config.hidden, config.hidden)

    def construct(self, x, edge_index):
        n = x.shape[0]
        agg = ops.unsorted_segment_sum(x[edge_index[0]], edge_index[1], n)
        cnt = ops.unsorted_segment_sum(ops.ones((edge_index.shape[1], 1), x.dtype), edge_index[1], n)
        agg = agg / ops.clamp(cnt, min=1.0)
        self.log_stats("aggregate", agg)
        return self.lin(agg) + x


def make():
    np.random.seed(3455)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return MeanConv(LayerConfig()), (x, ei)
