# case: acquisition returns indices, scores and the strategy id as a plain tuple of tensors instead of an object; strategy chosen by a constructor string -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STRATEGY_IDS = {"entropy": 0, "least_conf": 1}


class Acquirer(nn.Cell):
    def __init__(self, budget=4, strategy="least_conf"):
        super().__init__()
        self.budget = budget
        self.strategy = strategy
        self.strategy_id = STRATEGY_IDS[strategy]

    def score(self, probs):
        if self.strategy == "entropy":
            return -(probs * ops.log(probs + 1e-8)).sum(axis=-1)
        return 1.0 - probs.max(axis=-1)

    def construct(self, probs):
        vals, idx = ops.topk(self.score(probs), self.budget)
        return idx, vals, Tensor(self.strategy_id, ms.int32)


def make():
    np.random.seed(19)
    logits = np.random.randn(12, 4).astype(np.float32)
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    return Acquirer(), (Tensor(probs),)
