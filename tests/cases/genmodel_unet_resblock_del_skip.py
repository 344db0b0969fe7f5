# case: diffusion UNet residual block deleting an intermediate with del to save memory -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeResBlock(nn.Cell):
    def __init__(self, channels=8, temb_dim=16, groups=4, dropout=0.0):
        super().__init__()
        self.norm1 = nn.GroupNorm(groups, channels)
        self.conv1 = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.temb_proj = nn.Dense(temb_dim, channels)
        self.norm2 = nn.GroupNorm(groups, channels)
        self.drop = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()
        self.conv2 = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.act = nn.SiLU()

    def construct(self, x, temb):
        h = self.conv1(self.act(self.norm1(x)))
        t = self.temb_proj(self.act(temb))
        h = h + t.reshape(t.shape[0], -1, 1, 1)
        del t
        h = self.conv2(self.drop(self.act(self.norm2(h))))
        return x + h


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 8, 6, 6).astype(np.float32))
    temb = Tensor(np.random.randn(2, 16).astype(np.float32))
    return TimeResBlock(), (x, temb)
