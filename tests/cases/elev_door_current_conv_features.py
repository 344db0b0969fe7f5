# case: extracts door-motor current features with a Conv1d sub-Cell, optional normalisation chosen by a Python bool flag, and global pooling to fault logits -> Python-bool flag and fixed shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurrentEncoder(nn.Cell):
    def __init__(self, channels=8, kernel=5):
        super().__init__()
        self.conv = nn.Conv1d(1, channels, kernel, pad_mode="same", has_bias=True)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.conv(x))


class DoorFaultNet(nn.Cell):
    def __init__(self, num_faults=3, normalize=True):
        super().__init__()
        self.normalize = normalize
        self.encoder = CurrentEncoder()
        self.head = nn.Dense(8, num_faults)

    def construct(self, current):
        x = current.expand_dims(1)
        if self.normalize:
            x = (x - x.mean(axis=-1, keep_dims=True)) / (x.std(axis=-1, keepdims=True) + 1e-5)
        feats = self.encoder(x).mean(axis=-1)
        return self.head(feats)


def make():
    np.random.seed(38)
    current = np.random.normal(2.0, 0.4, (4, 32)).astype(np.float32)
    return DoorFaultNet(), (Tensor(current),)
