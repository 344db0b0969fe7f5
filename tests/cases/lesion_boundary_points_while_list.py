# case: collects boundary rows in a list inside a while loop that runs until the tensor mask is empty -> graph mode error or unroll problem
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeelBoundaries(nn.Cell):
    """Peels the lesion layer by layer with min-pooling erosion, recording each layer's area."""

    def __init__(self):
        super().__init__()
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def erode(self, m):
        return -self.pool(-m)

    def construct(self, mask):
        layers = []
        m = mask
        while m.sum() > 0:
            eroded = self.erode(m)
            layers.append((m - eroded).sum())
            m = eroded
        return ops.stack(layers)


def make():
    np.random.seed(7)
    m = np.zeros((1, 1, 16, 16), dtype=np.float32)
    m[0, 0, 4:12, 3:13] = 1.0
    return PeelBoundaries(), (Tensor(m),)
