# case: layout normaliser writes a running mean box size tensor back onto a plain self attribute inside construct -> error (attribute assignment on self in graph mode)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutBoxNormalizer(nn.Cell):
    def __init__(self, momentum=0.9):
        super().__init__()
        self.momentum = momentum
        self.running_size = Tensor(np.array([50.0, 20.0], np.float32))

    def construct(self, boxes):
        wh = boxes[:, 2:] - boxes[:, :2]
        batch_size = wh.mean(axis=0)
        self.running_size = self.momentum * self.running_size + (1 - self.momentum) * batch_size
        centres = (boxes[:, :2] + boxes[:, 2:]) / 2
        return ops.concat([centres / self.running_size, wh / self.running_size], axis=1)


def make():
    np.random.seed(14)
    xy = np.random.rand(9, 2).astype(np.float32) * 300
    wh = np.random.rand(9, 2).astype(np.float32) * np.array([80, 20], np.float32) + 5
    return LayoutBoxNormalizer(), (Tensor(np.concatenate([xy, xy + wh], 1)),)
