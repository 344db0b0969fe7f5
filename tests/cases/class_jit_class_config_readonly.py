# case: a @ms.jit_class config object created in __init__ is read (not modified) inside construct, which graph mode supports statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ModelConfig:
    def __init__(self):
        self.hidden = 6
        self.dropout_free = True
        self.temperature = 0.5


class Head(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.fc = nn.Dense(cfg.hidden, cfg.hidden)

    def construct(self, x):
        logits = self.fc(x) / self.cfg.temperature
        return ops.softmax(logits, axis=-1)


def make():
    cfg = ModelConfig()
    return Head(cfg), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
