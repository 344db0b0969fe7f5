# case: sampling head with top-k taken from the config int; a helper carries an isinstance(Tensor) -> int() branch that the int k never enters -> k is a Python constant; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplingConfig:
    def __init__(self, temperature=0.7, top_k=8, vocab_size=64):
        self.temperature = temperature
        self.top_k = top_k
        self.vocab_size = vocab_size


def _apply_temperature(logits, temperature):
    if temperature is None or temperature == 1.0:
        return logits
    return logits / temperature


class TopKSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.top_k = config.top_k
        self.vocab_size = config.vocab_size

    def _top_k(self, logits, top_k):
        if isinstance(top_k, Tensor):
            top_k = int(top_k)
        top_k = min(top_k, self.vocab_size)
        return ops.topk(logits, top_k, dim=-1)

    def construct(self, logits, noise=None):
        logits = _apply_temperature(logits, self.temperature)
        values, indices = self._top_k(logits, self.top_k)
        if noise is not None:
            values = values + noise[:, :values.shape[-1]]
        choice = ops.argmax(values, dim=-1, keepdim=True)
        return ops.gather_elements(indices, 1, choice).squeeze(-1)


def make():
    np.random.seed(3634)
    cfg = SamplingConfig()
    logits = Tensor(np.random.randn(3, 64).astype(np.float32))
    noise = Tensor(np.random.gumbel(size=(3, 64)).astype(np.float32))
    return TopKSampler(cfg), (logits, noise)
