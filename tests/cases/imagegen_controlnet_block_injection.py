# case: ControlNet-style residuals added only at encoder blocks listed in a config tuple, selected with a Python membership test in an unrolled loop -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same")
        self.norm = nn.GroupNorm(2, cout)

    def construct(self, x):
        return ops.silu(self.norm(self.conv(x)))


class ControlledEncoder(nn.Cell):
    def __init__(self, widths=(4, 8, 8, 8), inject_at=(0, 2), control_scale=0.8):
        super().__init__()
        self.downs = nn.CellList([DownBlock(widths[i], widths[i + 1]) for i in range(len(widths) - 1)])
        self.hint_convs = nn.CellList([nn.Conv2d(3, widths[i + 1], 3, stride=2 ** (i + 1), pad_mode="same")
                                       for i in range(len(widths) - 1)])
        self.inject_at = inject_at
        self.control_scale = control_scale

    def construct(self, latents, hint):
        h = latents
        skips = ()
        for i, down in enumerate(self.downs):
            h = down(h)
            if i in self.inject_at:
                h = h + self.control_scale * self.hint_convs[i](hint)
            skips = skips + (h,)
        return h, skips[0]


def make():
    np.random.seed(19)
    latents = Tensor(np.random.randn(1, 4, 16, 16).astype(np.float32))
    hint = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return ControlledEncoder(), (latents, hint)
