# case: standard attention pooling head (classification and attention branches, softmax over time, clamped) -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttBlock(nn.Cell):
    def __init__(self, in_dim, n_classes, activation="sigmoid"):
        super().__init__()
        self.att = nn.Conv1d(in_dim, n_classes, 1, has_bias=True)
        self.cla = nn.Conv1d(in_dim, n_classes, 1, has_bias=True)
        self.activation = activation

    def nonlinear(self, x):
        if self.activation == "sigmoid":
            return ops.sigmoid(x)
        return x

    def construct(self, x):
        # x: (batch, channels, frames)
        norm_att = ops.softmax(ops.clamp(self.att(x), -10.0, 10.0), axis=-1)
        cla = self.nonlinear(self.cla(x))
        clip = (norm_att * cla).sum(axis=2)
        return clip, cla


class PannsHead(nn.Cell):
    def __init__(self, in_dim=32, n_classes=10):
        super().__init__()
        self.fc = nn.Dense(in_dim, in_dim)
        self.att_block = AttBlock(in_dim, n_classes)

    def construct(self, emb):
        # emb: (batch, frames, channels)
        h = ops.relu(self.fc(emb)).transpose(0, 2, 1)
        clip, framewise = self.att_block(h)
        return clip, framewise.transpose(0, 2, 1)


def make():
    np.random.seed(7)
    emb = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    return PannsHead(), (emb,)
