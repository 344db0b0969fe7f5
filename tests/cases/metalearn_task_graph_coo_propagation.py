# case: task-similarity graph built as a COOTensor inside construct to propagate task embeddings before the meta head -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class TaskGraphPropagation(nn.Cell):
    def __init__(self, num_tasks=5, dim=8, hops=2):
        super().__init__()
        self.num_tasks = num_tasks
        self.hops = hops
        self.proj = nn.Dense(dim, dim)

    def adjacency(self, edge_index, edge_weight):
        shape = (self.num_tasks, self.num_tasks)
        return COOTensor(edge_index, edge_weight, shape)

    def construct(self, task_emb, edge_index, edge_weight):
        adj = self.adjacency(edge_index, edge_weight).to_dense()
        h = task_emb
        for _ in range(self.hops):
            h = ops.relu(self.proj(ops.matmul(adj, h)) + h)
        return h


def make():
    np.random.seed(13)
    net = TaskGraphPropagation()
    emb = Tensor(np.random.randn(5, 8).astype(np.float32))
    edges = Tensor(np.array([[0, 1], [1, 0], [1, 2], [3, 4], [4, 3]], np.int32))
    weights = Tensor(np.array([0.5, 0.5, 0.3, 0.9, 0.9], np.float32))
    return net, (emb, edges, weights)
