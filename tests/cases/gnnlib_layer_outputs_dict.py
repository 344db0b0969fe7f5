# case: multi-layer GNN collecting each layer's node embeddings into a dict keyed by f"layer_{i}" and returning the dict -> dict built in construct, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GNNConfig:
    hidden = 16
    num_layers = 3
    return_all_layers = True


class SumConv(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.lin = nn.Dense(hidden, hidden)

    def construct(self, x, edge_index):
        agg = ops.unsorted_segment_sum(x[edge_index[0]], edge_index[1], x.shape[0])
        return ops.relu(self.lin(agg + x))


class MultiLayerGNN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_all_layers = config.return_all_layers
        self.convs = nn.CellList([SumConv(config.hidden) for _ in range(config.num_layers)])

    def construct(self, x, edge_index):
        layer_outputs = {}
        for i, conv in enumerate(self.convs):
            x = conv(x, edge_index)
            layer_outputs[f"layer_{i}"] = x
        if self.return_all_layers:
            return layer_outputs
        return x


def make():
    np.random.seed(3456)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return MultiLayerGNN(GNNConfig()), (x, ei)
