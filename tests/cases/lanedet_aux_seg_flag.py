# case: lane net with a Python-bool use_aux constructor flag that adds an auxiliary segmentation branch; the if is on the flag, not on data -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinyBackbone(nn.Cell):
    def __init__(self, in_ch=3, ch=8):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, ch, 3, stride=2, pad_mode="same")
        self.relu = nn.ReLU()

    def construct(self, x):
        return self.relu(self.conv(x))


class LaneNetWithAux(nn.Cell):
    def __init__(self, num_lanes=4, use_aux=True):
        super().__init__()
        self.use_aux = use_aux
        self.backbone = TinyBackbone()
        self.exist = nn.Dense(8, num_lanes)
        if use_aux:
            self.aux_seg = nn.Conv2d(8, num_lanes + 1, 1)

    def construct(self, img):
        f = self.backbone(img)
        exist = self.exist(f.mean(axis=(2, 3)))
        if self.use_aux:
            seg = self.aux_seg(f)
            return exist, seg
        return exist, None


def make():
    np.random.seed(24)
    img = Tensor(np.random.randn(2, 3, 16, 32).astype(np.float32))
    return LaneNetWithAux(), (img,)
