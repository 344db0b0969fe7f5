# case: 3D sliding-window inference over fixed window grid, skipping patches with no foreground intensity via tensor-valued continue -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinySegNet3D(nn.Cell):
    def __init__(self, in_ch=1, num_classes=2):
        super().__init__()
        self.conv1 = nn.Conv3d(in_ch, 4, 3, pad_mode="same")
        self.act = nn.ReLU()
        self.out = nn.Conv3d(4, num_classes, 1)

    def construct(self, x):
        return self.out(self.act(self.conv1(x)))


class SkipEmptySlidingWindow(nn.Cell):
    def __init__(self, roi=(4, 8, 8), num_classes=2, intensity_thr=0.0):
        super().__init__()
        self.net = TinySegNet3D(num_classes=num_classes)
        self.roi = roi
        self.num_classes = num_classes
        self.intensity_thr = intensity_thr

    def construct(self, vol):
        n, _, d, h, w = vol.shape
        pd, ph, pw = self.roi
        out = ops.zeros((n, self.num_classes, d, h, w), ms.float32)
        for z in range(0, d, pd):
            for y in range(0, h, ph):
                for x in range(0, w, pw):
                    patch = vol[:, :, z:z + pd, y:y + ph, x:x + pw]
                    if patch.max() <= self.intensity_thr:
                        continue
                    out[:, :, z:z + pd, y:y + ph, x:x + pw] = self.net(patch)
        return out


def make():
    np.random.seed(10)
    vol = np.random.rand(1, 1, 8, 16, 16).astype(np.float32)
    vol[:, :, :4, :8, :] = -1.0
    return SkipEmptySlidingWindow(), (Tensor(vol),)
