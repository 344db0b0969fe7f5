# case: sampler keeps a Python step counter on self and increments it in construct to anneal temperature -> attribute write on self inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealedTemperatureSampler(nn.Cell):
    def __init__(self, start_temp=1.5, end_temp=0.7, anneal_steps=10):
        super().__init__()
        self.start_temp = start_temp
        self.end_temp = end_temp
        self.anneal_steps = anneal_steps
        self.step = 0

    def current_temperature(self):
        frac = min(self.step / self.anneal_steps, 1.0)
        return self.start_temp + (self.end_temp - self.start_temp) * frac

    def construct(self, logits, gumbel):
        temp = self.current_temperature()
        self.step = self.step + 1
        return ops.argmax(logits / temp + gumbel, dim=-1)


def make():
    np.random.seed(21)
    logits = Tensor(np.random.randn(2, 14).astype(np.float32))
    gumbel = Tensor(np.random.gumbel(size=(2, 14)).astype(np.float32))
    return AnnealedTemperatureSampler(), (logits, gumbel)
