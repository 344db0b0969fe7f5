# case: running accuracy/loss stats kept in a plain Python class created from tensors and mutated in construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalStats:
    def __init__(self, loss_sum, correct, count):
        self.loss_sum = loss_sum
        self.correct = correct
        self.count = count

    def update(self, loss, hits):
        self.loss_sum = self.loss_sum + loss.sum()
        self.correct = self.correct + hits.sum()
        self.count = self.count + hits.shape[0]


class ClassifierEval(nn.Cell):
    def __init__(self, num_chunks=2):
        super().__init__()
        self.num_chunks = num_chunks
        self.ce = nn.CrossEntropyLoss(reduction="none")

    def construct(self, logits, labels):
        zero = ops.zeros((), ms.float32)
        stats = EvalStats(zero, zero, 0)
        chunk = logits.shape[0] // self.num_chunks
        for c in range(self.num_chunks):
            lg = logits[c * chunk:(c + 1) * chunk]
            lb = labels[c * chunk:(c + 1) * chunk]
            hits = (lg.argmax(axis=1) == lb).astype(ms.float32)
            stats.update(self.ce(lg, lb), hits)
        return stats.loss_sum / stats.count, stats.correct / stats.count


def make():
    np.random.seed(10)
    logits = Tensor(np.random.randn(8, 5).astype(np.float32))
    labels = Tensor(np.random.randint(0, 5, size=(8,)).astype(np.int32))
    return ClassifierEval(), (logits, labels)
