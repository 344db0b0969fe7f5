# case: lighting fade engine runs a fixed number of decay steps from the fade profile and stacks them -> loop over Python range, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FadeOut(nn.Cell):
    def __init__(self, decay=0.5, n_steps=6):
        super().__init__()
        self.decay = decay
        self.n_steps = n_steps

    def construct(self, levels):
        steps = []
        cur = levels
        for _ in range(self.n_steps):
            cur = cur * self.decay
            steps.append(cur)
        curve = ops.stack(steps)
        return curve, curve[-1]


def make():
    np.random.seed(62)
    lv = Tensor(np.random.rand(12).astype(np.float32))
    return FadeOut(), (lv,)
