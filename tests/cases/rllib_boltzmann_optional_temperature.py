# case: Boltzmann exploration distribution takes an optional temperature (None, float or Tensor) guarded by `is None` and isinstance checks; called without it -> None/isinstance guards are resolved at compile time, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_TEMPERATURE = 1e-3


class BoltzmannConfig:
    default_temperature = 1.0
    min_temperature = MIN_TEMPERATURE


class BoltzmannDistribution(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.default_temperature = config.default_temperature
        self.min_temperature = config.min_temperature

    def _resolve_temperature(self, temperature):
        if temperature is None:
            return self.default_temperature
        if isinstance(temperature, Tensor):
            return ops.maximum(temperature, self.min_temperature)
        return max(temperature, self.min_temperature)

    def construct(self, q_values, temperature=None):
        tau = self._resolve_temperature(temperature)
        probs = ops.softmax(q_values / tau, -1)
        entropy = -(probs * ops.log(probs + 1e-8)).sum(-1)
        return probs, entropy


def make():
    np.random.seed(103)
    q = Tensor(np.random.randn(6, 4).astype(np.float32))
    return BoltzmannDistribution(BoltzmannConfig()), (q,)
