# case: module-level dict counts how many tokens were sampled and construct updates it on every call -> mutation of global Python state in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SAMPLING_STATS = {"calls": 0, "tokens": 0}


class CountingSampler(nn.Cell):
    def __init__(self, temperature=1.0):
        super().__init__()
        self.temperature = temperature

    def construct(self, logits, gumbel):
        tokens = ops.argmax(logits / self.temperature + gumbel, dim=-1)
        SAMPLING_STATS["calls"] += 1
        SAMPLING_STATS["tokens"] += tokens.shape[0]
        return tokens


def make():
    np.random.seed(29)
    logits = Tensor(np.random.randn(3, 9).astype(np.float32))
    gumbel = Tensor(np.random.gumbel(size=(3, 9)).astype(np.float32))
    return CountingSampler(), (logits, gumbel)
