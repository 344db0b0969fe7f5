# case: two-level 3D U-Net whose skip connection is centre-cropped to the upsampled size using offsets from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout, groups=2):
        super().__init__()
        self.block = nn.SequentialCell([
            nn.Conv3d(cin, cout, 3, pad_mode="same", has_bias=False),
            nn.GroupNorm(groups, cout),
            nn.ReLU(),
        ])

    def construct(self, x):
        return self.block(x)


class TinyUNet3D(nn.Cell):
    def __init__(self, in_ch=1, num_classes=2, base=4):
        super().__init__()
        self.enc1 = ConvBlock(in_ch, base)
        self.pool = nn.MaxPool3d(2, 2)
        self.enc2 = ConvBlock(base, base * 2)
        self.up = nn.Conv3dTranspose(base * 2, base, 2, 2, has_bias=True)
        self.dec1 = ConvBlock(base * 2, base)
        self.head = nn.Conv3d(base, num_classes, 1, has_bias=True)

    def _center_crop(self, skip, ref):
        offs = [(s - r) // 2 for s, r in zip(skip.shape[2:], ref.shape[2:])]
        d, h, w = ref.shape[2:]
        return skip[:, :, offs[0]:offs[0] + d, offs[1]:offs[1] + h, offs[2]:offs[2] + w]

    def construct(self, x):
        e1 = self.enc1(x)
        u = self.up(self.enc2(self.pool(e1)))
        skip = self._center_crop(e1, u)
        return self.head(self.dec1(ops.concat((skip, u), axis=1)))


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(1, 1, 9, 9, 9).astype(np.float32))
    return TinyUNet3D(), (x,)
