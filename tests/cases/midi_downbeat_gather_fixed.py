# case: gathers downbeat frames from a step sequence using indices computed from the constructor grid, then embeds them -> constant indices, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownbeatSampler(nn.Cell):
    def __init__(self, num_steps=64, steps_per_bar=16, dim=12):
        super().__init__()
        self.downbeats = Tensor(np.arange(0, num_steps, steps_per_bar, dtype=np.int32))
        self.fc = nn.Dense(dim, dim)

    def construct(self, steps):
        # steps: (batch, num_steps, dim)
        db = ops.gather(steps, self.downbeats, axis=1)
        return ops.tanh(self.fc(db))


def make():
    np.random.seed(45)
    x = Tensor(np.random.randn(2, 64, 12).astype(np.float32))
    return DownbeatSampler(), (x,)
