# case: top-k logits warper whose k is a plain int from the generation config clamped with min() against the vocab dimension, filtering with the k-th value threshold -> k is a Python constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, top_k=10, temperature=0.8, min_tokens_to_keep=1, filter_value=-1e9):
        self.top_k = top_k
        self.temperature = temperature
        self.min_tokens_to_keep = min_tokens_to_keep
        self.filter_value = filter_value


class TopKLogitsWarper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.top_k = max(config.top_k, config.min_tokens_to_keep)
        self.temperature = config.temperature
        self.filter_value = config.filter_value

    def construct(self, input_ids, scores):
        scores = scores / self.temperature
        top_k = min(self.top_k, scores.shape[-1])
        values, _ = ops.topk(scores, top_k)
        indices_to_remove = scores < values[..., -1:]
        return ops.masked_fill(scores, indices_to_remove, self.filter_value)


def make():
    np.random.seed(3386)
    cfg = GenerationConfig()
    ids = Tensor(np.random.randint(0, 64, size=(2, 5)).astype(np.int32))
    scores = Tensor(np.random.randn(2, 64).astype(np.float32))
    return TopKLogitsWarper(cfg), (ids, scores)
