# case: Poisson-rate encoder simulates as many time steps as the sample's num_steps tensor says and stacks the generated spike frames -> loop count from tensor data with a growing list, expect Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, tau=2.0, v_threshold=1.0, gain=1.5, default_steps=4):
        self.tau = tau
        self.v_threshold = v_threshold
        self.gain = gain
        self.default_steps = default_steps


class RateToSpikeEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.gain = config.gain
        self.default_steps = config.default_steps

    def _num_steps(self, num_steps):
        if isinstance(num_steps, Tensor):
            return int(num_steps)
        return self.default_steps if num_steps is None else num_steps

    def construct(self, rates, num_steps=None):
        steps = self._num_steps(num_steps)
        v = ops.zeros_like(rates)
        frames = []
        for _ in range(steps):
            v = v + (self.gain * rates - v) / self.tau
            s = (v >= self.v_threshold).astype(rates.dtype)
            v = v - s * self.v_threshold
            frames.append(s)
        return ops.stack(frames, axis=0)


def make():
    np.random.seed(3816)
    rates = Tensor(np.random.rand(2, 10).astype(np.float32) * 2.0)
    return RateToSpikeEncoder(EncoderConfig()), (rates, Tensor(6, ms.int32))
