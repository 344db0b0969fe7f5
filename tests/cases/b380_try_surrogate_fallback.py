# case: spike function tries the configured surrogate and falls back to a hard Heaviside step inside try/except -> try statement in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SURROGATES = ("sigmoid", "atan")


class SurrogateConfig:
    def __init__(self, surrogate="sigmoid", alpha=4.0, v_threshold=1.0):
        self.surrogate = surrogate
        self.alpha = alpha
        self.v_threshold = v_threshold


def sigmoid_surrogate(x, alpha):
    return ops.sigmoid(alpha * x)


class SurrogateSpike(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.alpha = config.alpha
        self.v_threshold = config.v_threshold
        self.surrogate = config.surrogate

    def construct(self, v):
        x = v - self.v_threshold
        try:
            soft = sigmoid_surrogate(x, self.alpha)
        except ValueError:
            soft = (x >= 0).astype(x.dtype)
        hard = (x >= 0).astype(x.dtype)
        return ops.stop_gradient(hard - soft) + soft


class LIFWithSurrogate(nn.Cell):
    def __init__(self, config, tau=2.0):
        super().__init__()
        self.spike_fn = SurrogateSpike(config)
        self.tau = tau

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        spikes = []
        for x in x_seq:
            v = v + (x - v) / self.tau
            s = self.spike_fn(v)
            v = v * (1.0 - s)
            spikes.append(s)
        return ops.stack(spikes)


def make():
    np.random.seed(3814)
    x_seq = Tensor(np.random.rand(4, 2, 8).astype(np.float32) * 3.0)
    return LIFWithSurrogate(SurrogateConfig()), (x_seq,)
