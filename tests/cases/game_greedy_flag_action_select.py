# case: action selection that is greedy argmax when a Python bool flag is set, otherwise Gumbel-max sampling with noise passed in -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActionSelector(nn.Cell):
    def __init__(self, greedy=False, temperature=1.0):
        super().__init__()
        self.greedy = greedy
        self.temperature = temperature

    def construct(self, logits, legal, uniform_noise):
        logits = ops.where(legal, logits, ops.full_like(logits, -1e9))
        if self.greedy:
            return ops.argmax(logits, -1)
        gumbel = -ops.log(-ops.log(uniform_noise + 1e-9) + 1e-9)
        return ops.argmax(logits / self.temperature + gumbel, -1)


def make():
    np.random.seed(29)
    logits = Tensor(np.random.randn(4, 10).astype(np.float32))
    legal = Tensor(np.random.rand(4, 10) > 0.3)
    noise = Tensor(np.random.rand(4, 10).astype(np.float32))
    return ActionSelector(greedy=False, temperature=0.7), (logits, legal, noise)
