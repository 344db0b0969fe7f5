# case: action-output nn.Dense subclass that anneals its clip range with a Python step counter incremented on self inside construct during training -> Graph mode may reject or freeze the attribute mutation
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    num_in = 64
    num_actions = 12
    clip_start = 3.0
    clip_end = 1.0
    anneal_steps = 100


class AnnealedClipDense(nn.Dense):
    def __init__(self, config):
        super().__init__(config.num_in, config.num_actions)
        self.clip_start = config.clip_start
        self.clip_end = config.clip_end
        self.anneal_steps = config.anneal_steps
        self.num_updates = 0

    def _clip(self):
        frac = min(self.num_updates / self.anneal_steps, 1.0)
        return self.clip_start + frac * (self.clip_end - self.clip_start)

    def construct(self, x):
        out = super().construct(x)
        if self.training:
            self.num_updates += 1
        c = self._clip()
        return ops.clamp(out, -c, c)


def make():
    np.random.seed(36)
    net = AnnealedClipDense(HeadConfig())
    net.set_train(True)
    return net, (Tensor(np.random.randn(8, 64).astype(np.float32) * 5),)
