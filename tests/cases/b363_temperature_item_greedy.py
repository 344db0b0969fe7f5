# case: sampler switches to greedy decoding when the request temperature tensor is zero, read with .item() in the condition, otherwise Gumbel-max sampling -> .item() on a tensor in construct; expect error or fallback
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, vocab_size=32, min_temperature=1e-5):
        self.vocab_size = vocab_size
        self.min_temperature = min_temperature


class Sampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_temperature = config.min_temperature

    def _gumbel_max(self, logits, temperature, gumbel):
        scaled = logits / ops.maximum(temperature, self.min_temperature)
        return ops.argmax(scaled + gumbel, dim=-1)

    def construct(self, logits, temperature, gumbel):
        if temperature.item() == 0.0:
            return ops.argmax(logits, dim=-1)
        return self._gumbel_max(logits, temperature, gumbel)


def make():
    np.random.seed(3662)
    logits = Tensor(np.random.randn(2, 32).astype(np.float32))
    temperature = Tensor(0.0, ms.float32)
    gumbel = Tensor(np.random.gumbel(size=(2, 32)).astype(np.float32))
    return Sampler(SamplerConfig()), (logits, temperature, gumbel)
