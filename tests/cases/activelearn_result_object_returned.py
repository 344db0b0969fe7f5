# case: construct builds a plain Python AcquisitionResult object holding indices and scores, mutates it and returns it -> custom Python object created and returned in construct, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AcquisitionResult:
    def __init__(self, indices, scores):
        self.indices = indices
        self.scores = scores
        self.strategy = "entropy"


class EntropyAcquirer(nn.Cell):
    def __init__(self, budget=4):
        super().__init__()
        self.budget = budget

    def construct(self, probs):
        ent = -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        vals, idx = ops.topk(ent, self.budget)
        result = AcquisitionResult(idx, vals)
        result.strategy = "entropy_topk"
        return result


def make():
    np.random.seed(19)
    logits = np.random.randn(12, 4).astype(np.float32)
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    return EntropyAcquirer(), (Tensor(probs),)
