# case: re-id cell creates a plain Python IndividualRegistry object in construct, registers matched ids from tensor data and returns its contents -> error: custom Python object built and mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IndividualRegistry:
    def __init__(self):
        self.ids = []
        self.scores = []

    def register(self, ind_id, score):
        self.ids.append(ind_id)
        self.scores.append(score)


class ReIDMatcher(nn.Cell):
    def __init__(self, match_thr=0.5):
        super().__init__()
        self.match_thr = match_thr

    def construct(self, queries, gallery):
        q = queries / ops.norm(queries, dim=1, keepdim=True)
        g = gallery / ops.norm(gallery, dim=1, keepdim=True)
        sim = ops.matmul(q, g.T)
        best_sim, best_id = ops.max(sim, axis=1)
        registry = IndividualRegistry()
        for i in range(queries.shape[0]):
            registry.register(best_id[i], best_sim[i])
        return registry.ids, registry.scores


def make():
    np.random.seed(21)
    queries = Tensor(np.random.randn(3, 8).astype(np.float32))
    gallery = Tensor(np.random.randn(5, 8).astype(np.float32))
    return ReIDMatcher(), (queries, gallery)
