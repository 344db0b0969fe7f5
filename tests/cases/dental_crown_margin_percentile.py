# case: crown margin threshold picked with np.percentile on .asnumpy() of the edge map inside construct -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownMarginSegmenter(nn.Cell):
    def __init__(self, channels=8, percentile=90):
        super().__init__()
        self.encoder = nn.SequentialCell([
            nn.Conv2d(1, channels, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(channels, 1, 3, pad_mode="same"),
        ])
        self.percentile = percentile

    def construct(self, scan):
        edge = ops.sigmoid(self.encoder(scan))
        thresh = float(np.percentile(edge.asnumpy(), self.percentile))
        margin = (edge > thresh).astype(ms.float32)
        return margin, margin.mean()


def make():
    np.random.seed(9)
    scan = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return CrownMarginSegmenter(), (Tensor(scan),)
