# case: sampling head applies temperature then top-k where k is a per-request Tensor converted with int() inside a helper -> topk size from tensor data; expect Graph mode to fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplingConfig:
    def __init__(self, temperature=0.8, top_k=None, vocab_size=64):
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
        self.default_top_k = config.top_k

    def _top_k(self, logits, top_k):
        if isinstance(top_k, Tensor):
            top_k = int(top_k)
        values, indices = ops.topk(logits, top_k, dim=-1)
        return values, indices

    def construct(self, logits, top_k=None, noise=None):
        logits = _apply_temperature(logits, self.temperature)
        if top_k is None:
            top_k = self.default_top_k
        values, indices = self._top_k(logits, top_k)
        if noise is not None:
            values = values + noise[:, :values.shape[-1]]
        choice = ops.argmax(values, dim=-1, keepdim=True)
        return ops.gather_elements(indices, 1, choice).squeeze(-1)


def make():
    np.random.seed(3633)
    cfg = SamplingConfig()
    logits = Tensor(np.random.randn(3, 64).astype(np.float32))
    top_k = Tensor(5, ms.int32)
    noise = Tensor(np.random.gumbel(size=(3, 64)).astype(np.float32))
    return TopKSampler(cfg), (logits, top_k, noise)
