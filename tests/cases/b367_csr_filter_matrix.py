# case: filtered evaluator receives the known-answer filter in CSR form (indptr, indices) and builds an ms.CSRTensor in construct to densify it before masking scores -> Graph mode may reject or handle the sparse tensor specially
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EvalConfig:
    def __init__(self, num_entities=24, num_relations=4, dim=8, filtered=True):
        self.num_entities = num_entities
        self.num_relations = num_relations
        self.dim = dim
        self.filtered = filtered


class SparseFilteredEvaluator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_entities = config.num_entities
        self.filtered = config.filtered
        self.ent = nn.Embedding(config.num_entities, config.dim)
        self.rel = nn.Embedding(config.num_relations, config.dim)

    def _dense_filter(self, indptr, indices, batch):
        values = ops.ones(indices.shape, ms.float32)
        csr = ms.CSRTensor(indptr, indices, values, (batch, self.num_entities))
        return csr.to_dense() > 0

    def construct(self, h, r, t, indptr, indices):
        scores = ops.matmul(self.ent(h) * self.rel(r), self.ent.embedding_table.T)
        target = ops.gather_elements(scores, 1, t[:, None])
        if self.filtered:
            known = self._dense_filter(indptr, indices, h.shape[0])
            scores = ops.masked_fill(scores, known, -1e9)
        rank = 1.0 + (scores > target).astype(ms.float32).sum(-1)
        return (1.0 / rank).mean()


def make():
    np.random.seed(3697)
    cfg = EvalConfig()
    b = 4
    rows = [np.array([1, 5]), np.array([7]), np.array([2, 3, 9]), np.array([11])]
    indptr = np.concatenate([[0], np.cumsum([len(x) for x in rows])]).astype(np.int32)
    indices = np.concatenate(rows).astype(np.int32)
    return SparseFilteredEvaluator(cfg), (
        Tensor(np.random.randint(0, cfg.num_entities, b), ms.int32),
        Tensor(np.random.randint(0, cfg.num_relations, b), ms.int32),
        Tensor(np.array([0, 4, 8, 12]), ms.int32), Tensor(indptr), Tensor(indices))
