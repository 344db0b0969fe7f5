# case: recurrent stroke encoder resets its hidden state after pen-up points with ops.select instead of an if on the flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResettingStrokeRNN(nn.Cell):
    def __init__(self, hidden=8, steps=10):
        super().__init__()
        self.cell = nn.RNNCell(3, hidden)
        self.hidden = hidden
        self.steps = steps

    def construct(self, points):
        # points: (B, T, 3)
        b = points.shape[0]
        h = ops.zeros((b, self.hidden), ms.float32)
        outs = []
        for t in range(self.steps):
            x = points[:, t]
            h = self.cell(x, h)
            outs.append(h)
            reset = (x[:, 2:3] > 0.5).broadcast_to(h.shape)
            h = ops.select(reset, ops.zeros_like(h), h)
        return ops.stack(outs, 1)


def make():
    np.random.seed(38)
    pts = np.random.rand(2, 10, 3).astype(np.float32)
    pts[..., 2] = (np.random.rand(2, 10) > 0.7).astype(np.float32)
    return ResettingStrokeRNN(), (Tensor(pts),)
