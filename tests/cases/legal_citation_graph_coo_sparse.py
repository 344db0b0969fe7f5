# case: aggregate cited-case embeddings over a sparse citation graph built as a COOTensor inside construct and multiplied with dense features -> sparse tensor in graph mode, may error or be unsupported on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class CitationGraphLayer(nn.Cell):
    def __init__(self, hidden=8, num_cases=6):
        super().__init__()
        self.num_cases = num_cases
        self.lin = nn.Dense(hidden, hidden)

    def construct(self, edge_index, edge_weight, case_emb):
        adj = COOTensor(edge_index, edge_weight, (self.num_cases, self.num_cases))
        dense_adj = adj.to_dense()
        agg = ops.matmul(dense_adj, case_emb)
        return ops.relu(self.lin(agg + case_emb))


def make():
    np.random.seed(26)
    edges = Tensor(np.array([[0, 1], [0, 3], [2, 1], [4, 5], [5, 0]], dtype=np.int32))
    weights = Tensor(np.ones(5, dtype=np.float32))
    case_emb = Tensor(np.random.randn(6, 8).astype(np.float32))
    return CitationGraphLayer(), (edges, weights, case_emb)
