# case: small 3D U-Net for medical patches with transposed-conv upsampling and center-crop of skips computed from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def center_crop_3d(skip, ref):
    _, _, d, h, w = skip.shape
    _, _, td, th, tw = ref.shape
    z0, y0, x0 = (d - td) // 2, (h - th) // 2, (w - tw) // 2
    return skip[:, :, z0:z0 + td, y0:y0 + th, x0:x0 + tw]


class ConvBlock3d(nn.Cell):
    def __init__(self, in_ch, out_ch, pad_mode="valid"):
        super().__init__()
        self.conv = nn.Conv3d(in_ch, out_ch, 3, pad_mode=pad_mode)
        self.norm = nn.BatchNorm3d(out_ch)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.norm(self.conv(x)))


class UNet3DLite(nn.Cell):
    def __init__(self, in_ch=1, base=4, num_classes=2, deep_supervision=False):
        super().__init__()
        self.enc1 = ConvBlock3d(in_ch, base, pad_mode="same")
        self.pool = nn.MaxPool3d(2, 2)
        self.enc2 = ConvBlock3d(base, base * 2)
        self.up = nn.Conv3dTranspose(base * 2, base, 2, stride=2)
        self.dec = ConvBlock3d(base * 2, base, pad_mode="same")
        self.head = nn.Conv3d(base, num_classes, 1)
        self.deep_supervision = deep_supervision

    def construct(self, x):
        s1 = self.enc1(x)
        b = self.enc2(self.pool(s1))
        u = self.up(b)
        d = self.dec(ops.concat((center_crop_3d(s1, u), u), 1))
        return self.head(d)


def make():
    np.random.seed(39)
    return UNet3DLite(), (Tensor(np.random.randn(1, 1, 8, 12, 12).astype(np.float32)),)
