# case: extrapolation shifting the last frame by a constant motion vector per step with slice+concat wrap-around over a fixed number of leads -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftExtrapolation(nn.Cell):
    def __init__(self, dy=1, dx=2, n_leads=4, decay=0.95):
        super().__init__()
        self.dy = dy
        self.dx = dx
        self.n_leads = n_leads
        self.decay = decay

    def shift(self, x):
        # periodic shift along rows then columns; x: (B, H, W)
        x = ops.concat((x[:, -self.dy:], x[:, :-self.dy]), axis=1)
        x = ops.concat((x[:, :, -self.dx:], x[:, :, :-self.dx]), axis=2)
        return x

    def construct(self, last_frame):
        frames = []
        cur = last_frame
        for _ in range(self.n_leads):
            cur = self.shift(cur) * self.decay
            frames.append(cur)
        return ops.stack(frames, axis=1)


def make():
    np.random.seed(113)
    frame = Tensor(np.random.rand(2, 10, 10).astype(np.float32))
    return ShiftExtrapolation(), (frame,)
