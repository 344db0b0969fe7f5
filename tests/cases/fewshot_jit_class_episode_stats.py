# case: a @ms.jit_class episode-statistics object is created in construct and its counters mutated -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EpisodeStats:
    def __init__(self, n_way):
        self.n_way = n_way
        self.correct = 0
        self.total = 0

    def accuracy(self):
        return self.correct / self.total


class EpisodeEvaluator(nn.Cell):
    def __init__(self, in_dim=6, n_way=3):
        super().__init__()
        self.n_way = n_way
        self.head = nn.Dense(in_dim, n_way)

    def proto_logits(self, support, s_labels, query):
        onehot = ops.one_hot(s_labels, self.n_way, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        protos = ops.matmul(onehot.T, self.head(support)) / onehot.sum(0).expand_dims(1)
        q = self.head(query)
        return -((q.expand_dims(1) - protos.expand_dims(0)) ** 2).sum(-1)

    def construct(self, support, s_labels, query, q_labels):
        stats = EpisodeStats(self.n_way)
        logits = self.proto_logits(support, s_labels, query)
        pred = logits.argmax(-1)
        for i in range(query.shape[0]):
            stats.total += 1
            if pred[i] == q_labels[i]:
                stats.correct += 1
        return logits, stats.accuracy()


def make():
    np.random.seed(13)
    support = Tensor(np.random.randn(6, 6).astype(np.float32))
    s_labels = Tensor(np.array([0, 1, 2, 0, 1, 2], dtype=np.int32))
    query = Tensor(np.random.randn(4, 6).astype(np.float32))
    q_labels = Tensor(np.array([0, 1, 2, 1], dtype=np.int32))
    return EpisodeEvaluator(), (support, s_labels, query, q_labels)
