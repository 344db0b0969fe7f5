# case: student-teacher (STFPM) anomaly map from normalised feature discrepancies over several layers -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def conv_block(cin, cout):
    return nn.SequentialCell(nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same"), nn.ReLU())


class TinyBackbone(nn.Cell):
    def __init__(self):
        super().__init__()
        self.l1 = conv_block(3, 8)
        self.l2 = conv_block(8, 16)

    def construct(self, x):
        f1 = self.l1(x)
        f2 = self.l2(f1)
        return f1, f2


class StudentTeacherScorer(nn.Cell):
    def __init__(self, image_size=16):
        super().__init__()
        self.teacher = TinyBackbone()
        self.student = TinyBackbone()
        self.image_size = image_size

    def layer_map(self, t, s):
        t = ops.L2Normalize(axis=1)(t)
        s = ops.L2Normalize(axis=1)(s)
        d = 0.5 * ops.square(t - s).sum(axis=1, keepdims=True)
        return ops.interpolate(d, size=(self.image_size, self.image_size), mode="bilinear",
                               align_corners=False)

    def construct(self, x):
        t_feats = self.teacher(x)
        s_feats = self.student(x)
        amap = ops.ones((x.shape[0], 1, self.image_size, self.image_size), ms.float32)
        for t, s in zip(t_feats, s_feats):
            amap = amap * self.layer_map(t, s)
        return amap


def make():
    np.random.seed(39)
    ms.set_seed(39)
    x = np.random.rand(2, 3, 16, 16).astype(np.float32)
    return StudentTeacherScorer(), (Tensor(x),)
