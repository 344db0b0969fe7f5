# case: greedy relation-path walker that keeps appending hops while the best hop score exceeds a threshold -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyPathWalker(nn.Cell):
    def __init__(self, num_entities=20, num_relations=5, dim=8, threshold=0.0, max_hops=4):
        super().__init__()
        self.ent = nn.Embedding(num_entities, dim)
        self.rel = nn.Embedding(num_relations, dim)
        self.threshold = threshold
        self.max_hops = max_hops

    def next_hop(self, state):
        scores = ops.matmul(state, self.rel.embedding_table.T)
        best = ops.argmax(scores, dim=-1).astype(ms.int32)
        return best, scores.max()

    def construct(self, start_entity):
        state = self.ent(start_entity)
        path = start_entity.reshape(1) * 0
        best, s = self.next_hop(state)
        hops = 0
        while s > self.threshold and hops < self.max_hops:
            path = ops.concat((path, best.reshape(1)))
            state = state + self.rel(best)
            best, s = self.next_hop(state)
            hops += 1
        return path


def make():
    np.random.seed(13)
    return GreedyPathWalker(), (Tensor(np.int32(3)),)
