# case: forecast decay factor where the lead time may be given as an int or as a tensor, separated with an isinstance guard -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LagrangianDecay(nn.Cell):
    def __init__(self, lifetime_minutes=60.0):
        super().__init__()
        self.lifetime = lifetime_minutes

    def decay(self, lead):
        if isinstance(lead, int):
            return float(np.exp(-lead / self.lifetime))
        return ops.exp(-lead.astype(ms.float32) / self.lifetime)

    def construct(self, frame, lead):
        return frame * self.decay(lead)


def make():
    np.random.seed(110)
    frame = Tensor(np.random.rand(8, 8).astype(np.float32))
    return LagrangianDecay(), (frame, 30)
