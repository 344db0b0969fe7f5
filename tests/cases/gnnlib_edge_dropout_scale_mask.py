# case: edge dropout in training zeroes edge weights with a Bernoulli mask multiplied in, keeping all edges -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass


@dataclass
class GINConfig:
    hidden: int = 16
    edge_dropout: float = 0.25
    eps: float = 0.0
    train_eps: bool = False


class EdgeDropout(nn.Cell):
    def __init__(self, p):
        super().__init__()
        self.p = p

    def construct(self, edge_weight):
        if self.training and self.p > 0:
            keep = (ops.rand(edge_weight.shape) >= self.p).astype(edge_weight.dtype)
            return edge_weight * keep / (1.0 - self.p)
        return edge_weight


class GINConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.edge_dropout = EdgeDropout(config.edge_dropout)
        self.eps = ms.Parameter(Tensor([config.eps], ms.float32), requires_grad=config.train_eps)
        self.mlp = nn.SequentialCell(nn.Dense(config.hidden, config.hidden), nn.ReLU(),
                                     nn.Dense(config.hidden, config.hidden))

    def construct(self, x, edge_index, edge_weight):
        w = self.edge_dropout(edge_weight)
        msg = ops.gather(x, edge_index[0], 0) * w[:, None]
        agg = ops.unsorted_segment_sum(msg, edge_index[1], x.shape[0])
        return self.mlp((1 + self.eps) * x + agg)


def make():
    np.random.seed(3433)
    n, e = 14, 40
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    w = Tensor(np.ones(e, dtype=np.float32))
    net = GINConv(GINConfig())
    net.set_train(True)
    return net, (x, ei, w)
