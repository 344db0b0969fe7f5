# case: loom defect classifier with an optional channel-attention block switched by a Python bool constructor flag -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelAttention(nn.Cell):
    def __init__(self, ch, reduction=2):
        super().__init__()
        self.fc1 = nn.Dense(ch, ch // reduction)
        self.fc2 = nn.Dense(ch // reduction, ch)

    def construct(self, x):
        w = x.mean(axis=(2, 3))
        w = ops.sigmoid(self.fc2(ops.relu(self.fc1(w))))
        return x * w.reshape(w.shape[0], w.shape[1], 1, 1)


class WeaveDefectNet(nn.Cell):
    def __init__(self, ch=8, num_classes=4, use_attention=True):
        super().__init__()
        self.use_attention = use_attention
        self.stem = nn.Conv2d(1, ch, 3, pad_mode="same")
        self.att = ChannelAttention(ch)
        self.cls = nn.Dense(ch, num_classes)

    def construct(self, x):
        f = ops.relu(self.stem(x))
        if self.use_attention:
            f = self.att(f)
        return self.cls(f.mean(axis=(2, 3)))


def make():
    np.random.seed(34)
    x = Tensor(np.random.rand(3, 1, 16, 16).astype(np.float32))
    return WeaveDefectNet(use_attention=True), (x,)
