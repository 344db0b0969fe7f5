# case: hypnogram post-processing sub-Cell loops for i in range(n_valid) where n_valid is the number of scored epochs from a mask sum, counting stage transitions -> error in Graph mode (range over a tensor value)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TransitionCounter(nn.Cell):
    def construct(self, stages, valid):
        n_valid = valid.astype(ms.int32).sum()
        count = ops.zeros((), ms.int32)
        for i in range(1, n_valid):
            count = count + (stages[i] != stages[i - 1]).astype(ms.int32)
        return count


class Hypnogram(nn.Cell):
    def __init__(self, n_feat=8, n_stages=5):
        super().__init__()
        self.classifier = nn.Dense(n_feat, n_stages)
        self.transitions = TransitionCounter()

    def construct(self, feats, valid):
        logits = self.classifier(feats)
        stages = ops.argmax(logits, dim=-1)
        return stages, self.transitions(stages, valid)


def make():
    np.random.seed(19)
    feats = np.random.randn(30, 8).astype(np.float32)
    valid = np.zeros(30, dtype=bool)
    valid[:22] = True
    return Hypnogram(), (Tensor(feats), Tensor(valid))
