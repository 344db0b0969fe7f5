# case: OCR layout graph keeps edges as a COOTensor input, rescales its values and densifies it for a message pass; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


def normalise_edges(adj):
    vals = adj.values / (adj.values.sum() + 1e-6)
    return COOTensor(adj.indices, vals, adj.shape)


class Net(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, indices, values, box_feat):
        adj = COOTensor(indices, values, (5, 5))
        adj = normalise_edges(adj)
        dense = adj.to_dense()
        msg = ops.matmul(dense, box_feat)
        return ops.relu(self.fc(msg)) + box_feat


def make():
    idx = Tensor(np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], np.int32))
    vals = Tensor(np.array([1.0, 2.0, 1.0, 0.5, 1.5], np.float32))
    feat = Tensor(np.random.randn(5, 4).astype(np.float32))
    return Net(), (idx, vals, feat)
