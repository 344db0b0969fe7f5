# case: conditional GAN smooths class embeddings over a class-similarity graph stored as an ms.COOTensor built inside construct and multiplied with SparseTensorDenseMatmul -> sparse tensor in the graph, expected to be rejected on CPU Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelGraphConfig:
    num_classes = 5
    embed_dim = 8
    smooth_labels = True
    smooth_alpha = 0.5


class GraphSmoothedEmbedding(nn.Cell):
    def __init__(self, config=LabelGraphConfig(), edges=None):
        super().__init__()
        self.num_classes = config.num_classes
        self.smooth = config.smooth_labels
        self.alpha = config.smooth_alpha
        self.table = ms.Parameter(Tensor(np.random.randn(config.num_classes, config.embed_dim).astype(np.float32)),
                                  name="class_table")
        edges = edges if edges is not None else [(0, 1), (1, 2), (3, 4)]
        idx = [[a, b] for a, b in edges] + [[b, a] for a, b in edges]
        self.edge_index = Tensor(np.array(idx, np.int32))
        self.edge_weight = Tensor(np.full(len(idx), 1.0, np.float32))
        self.spmm = ops.SparseTensorDenseMatmul()

    def _smoothed_table(self):
        adj = ms.COOTensor(self.edge_index, self.edge_weight, (self.num_classes, self.num_classes))
        neigh = self.spmm(adj.indices, adj.values, adj.shape, self.table)
        return (1 - self.alpha) * self.table + self.alpha * neigh

    def construct(self, labels):
        table = self._smoothed_table() if self.smooth else self.table
        return ops.gather(table, labels, 0)


def make():
    np.random.seed(3566)
    net = GraphSmoothedEmbedding()
    labels = Tensor(np.array([0, 3, 4, 1], np.int32))
    return net, (labels,)
