# case: top-k filtering where k comes from the generation config clipped by the vocab size from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, top_k=5, temperature=0.9, filter_value=-1e9):
        self.top_k = top_k
        self.temperature = temperature
        self.filter_value = filter_value


class TopKFilter(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else GenerationConfig()
        self.top_k = config.top_k
        self.temperature = config.temperature
        self.filter_value = config.filter_value

    def construct(self, logits):
        k = min(max(self.top_k, 1), logits.shape[-1])
        logits = logits / self.temperature
        top_vals, _ = ops.topk(logits, k)
        kth = top_vals[..., -1:]
        return ops.masked_fill(logits, logits < kth, self.filter_value)


def make():
    np.random.seed(32)
    logits = Tensor(np.random.randn(3, 40).astype(np.float32))
    return TopKFilter(), (logits,)
