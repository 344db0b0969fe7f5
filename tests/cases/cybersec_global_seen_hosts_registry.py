# case: record newly seen source hosts in a module-level global list from inside construct and score hosts by novelty -> global mutable state and tensor-to-int conversion in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SEEN_HOSTS = []


class NoveltyScorer(nn.Cell):
    def __init__(self, batch=6):
        super().__init__()
        self.batch = batch
        self.novel_bonus = 0.5

    def construct(self, src_hosts, base_scores):
        bonus = []
        for i in range(self.batch):
            h = int(src_hosts[i])
            if h in SEEN_HOSTS:
                bonus.append(0.0)
            else:
                SEEN_HOSTS.append(h)
                bonus.append(self.novel_bonus)
        return base_scores + Tensor(bonus, ms.float32)


def make():
    np.random.seed(14)
    SEEN_HOSTS.clear()
    hosts = Tensor(np.array([4, 9, 4, 2, 9, 8], dtype=np.int32))
    scores = Tensor(np.random.rand(6).astype(np.float32))
    return NoveltyScorer(), (hosts, scores)
