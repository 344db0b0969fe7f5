# case: sampler computes both greedy and Gumbel-max tokens and picks per row with ops.select on temperature == 0, per-request temperatures as a tensor -> no host read, fixed shapes; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SamplerConfig:
    def __init__(self, vocab_size=32, min_temperature=1e-5, all_greedy=False):
        self.vocab_size = vocab_size
        self.min_temperature = min_temperature
        self.all_greedy = all_greedy


class Sampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_temperature = config.min_temperature
        self.all_greedy = config.all_greedy

    def _gumbel_max(self, logits, temperature, gumbel):
        scaled = logits / ops.maximum(temperature, self.min_temperature).expand_dims(-1)
        return ops.argmax(scaled + gumbel, dim=-1)

    def construct(self, logits, temperature, gumbel=None):
        greedy = ops.argmax(logits, dim=-1)
        if self.all_greedy or gumbel is None:
            return greedy
        sampled = self._gumbel_max(logits, temperature, gumbel)
        return ops.select(temperature == 0.0, greedy, sampled)


def make():
    np.random.seed(3663)
    logits = Tensor(np.random.randn(3, 32).astype(np.float32))
    temperature = Tensor(np.array([0.0, 0.7, 1.0], np.float32))
    gumbel = Tensor(np.random.gumbel(size=(3, 32)).astype(np.float32))
    return Sampler(SamplerConfig()), (logits, temperature, gumbel)
