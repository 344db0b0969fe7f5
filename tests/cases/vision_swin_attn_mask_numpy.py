# case: shifted-window block builds its attention mask with NumPy inside construct from static shapes -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShiftedWindowMask(nn.Cell):
    def __init__(self, window=4, shift=2):
        super().__init__()
        self.window = window
        self.shift = shift

    def construct(self, x):
        # x: (B, H, W, C)
        h, w = x.shape[1], x.shape[2]
        img_mask = np.zeros((1, h, w, 1), dtype=np.float32)
        cnt = 0
        for hs in (slice(0, -self.window), slice(-self.window, -self.shift), slice(-self.shift, None)):
            for ws in (slice(0, -self.window), slice(-self.window, -self.shift), slice(-self.shift, None)):
                img_mask[:, hs, ws, :] = cnt
                cnt += 1
        m = Tensor(img_mask).reshape(1, h // self.window, self.window, w // self.window, self.window, 1)
        m = m.transpose(0, 1, 3, 2, 4, 5).reshape(-1, self.window * self.window)
        attn_mask = m.expand_dims(1) - m.expand_dims(2)
        return ops.select(attn_mask != 0, ops.full_like(attn_mask, -100.0), ops.zeros_like(attn_mask))


def make():
    x = Tensor(np.zeros((1, 8, 8, 4), dtype=np.float32))
    return ShiftedWindowMask(), (x,)
