# case: task-similarity graph stored as a COOTensor built from nonzero entries of a thresholded similarity matrix -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class TaskSimilarityTransfer(nn.Cell):
    """Mixes task embeddings along edges of a sparse task-similarity graph."""

    def __init__(self, num_tasks=5, dim=6, sim_threshold=0.2):
        super().__init__()
        self.task_embed = nn.Embedding(num_tasks, dim)
        self.num_tasks = num_tasks
        self.sim_threshold = sim_threshold

    def similarity(self):
        e = ops.L2Normalize(axis=-1)(self.task_embed.embedding_table)
        return ops.matmul(e, e.T)

    def construct(self, feats):
        sim = self.similarity()
        idx = ops.nonzero(sim > self.sim_threshold).astype(ms.int32)
        vals = ops.gather_nd(sim, idx)
        graph = COOTensor(idx, vals, (self.num_tasks, self.num_tasks))
        mixed = graph.to_dense()
        return ops.matmul(mixed, feats)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(5, 3).astype(np.float32))
    return TaskSimilarityTransfer(), (feats,)
