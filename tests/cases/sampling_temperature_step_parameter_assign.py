# case: annealed temperature keeps its step counter in a non-trainable Parameter updated with ops.assign_add -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AnnealedSampler(nn.Cell):
    def __init__(self, start_temp=1.5, end_temp=0.7, anneal_steps=10):
        super().__init__()
        self.start_temp = start_temp
        self.end_temp = end_temp
        self.anneal_steps = float(anneal_steps)
        self.step = Parameter(Tensor(0.0, ms.float32), name="step", requires_grad=False)

    def construct(self, logits, gumbel):
        frac = ops.clamp(self.step / self.anneal_steps, max=1.0)
        temp = self.start_temp + (self.end_temp - self.start_temp) * frac
        ops.assign_add(self.step, Tensor(1.0, ms.float32))
        return ops.argmax(logits / temp + gumbel, dim=-1)


def make():
    np.random.seed(22)
    logits = Tensor(np.random.randn(2, 14).astype(np.float32))
    gumbel = Tensor(np.random.gumbel(size=(2, 14)).astype(np.float32))
    return AnnealedSampler(), (logits, gumbel)
