# case: mini-batch GNN that returns only seed-node logits by slicing out[:batch_size] with batch_size passed as a tensor from the loader -> slice length from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoaderModelConfig:
    hidden = 16
    num_classes = 5
    num_layers = 2


class SAGEConv(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.lin_l = nn.Dense(hidden, hidden)
        self.lin_r = nn.Dense(hidden, hidden, has_bias=False)

    def construct(self, x, edge_index):
        n = x.shape[0]
        s = ops.unsorted_segment_sum(x[edge_index[0]], edge_index[1], n)
        c = ops.unsorted_segment_sum(ops.ones((edge_index.shape[1], 1), x.dtype), edge_index[1], n)
        return self.lin_l(s / ops.clamp(c, min=1.0)) + self.lin_r(x)


class NodeClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.convs = nn.CellList([SAGEConv(config.hidden) for _ in range(config.num_layers)])
        self.head = nn.Dense(config.hidden, config.num_classes)

    def construct(self, x, edge_index, batch_size=None):
        for conv in self.convs:
            x = ops.relu(conv(x, edge_index))
        out = self.head(x)
        if batch_size is not None:
            out = out[:batch_size]
        return out


def make():
    np.random.seed(3468)
    n, e = 20, 40
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return NodeClassifier(LoaderModelConfig()), (x, ei, Tensor(6, ms.int32))
