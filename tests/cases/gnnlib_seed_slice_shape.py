# case: mini-batch GNN slicing seed-node logits with out[:seed_ids.shape[0]], a shape-only length that looks like loader data -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoaderModelConfig:
    hidden = 16
    num_classes = 5
    num_layers = 2
    dropout = 0.5


class GINLayer(nn.Cell):
    def __init__(self, hidden, dropout):
        super().__init__()
        self.mlp = nn.SequentialCell(nn.Dense(hidden, hidden), nn.ReLU(), nn.Dropout(p=dropout))

    def construct(self, x, edge_index):
        return self.mlp(x + ops.unsorted_segment_sum(x[edge_index[0]], edge_index[1], x.shape[0]))


class SeedClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([GINLayer(config.hidden, config.dropout) for _ in range(config.num_layers)])
        self.head = nn.Dense(config.hidden, config.num_classes)

    def construct(self, x, edge_index, seed_ids=None):
        for layer in self.layers:
            x = layer(x, edge_index)
        logits = self.head(x)
        if seed_ids is not None:
            num_seeds = seed_ids.shape[0]
            logits = logits[:num_seeds]
        return logits


def make():
    np.random.seed(3469)
    n, e = 20, 40
    x = Tensor(np.random.randn(n, 16).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    seeds = Tensor(np.arange(6).astype(np.int32))
    net = SeedClassifier(LoaderModelConfig())
    net.set_train(False)
    return net, (x, ei, seeds)
