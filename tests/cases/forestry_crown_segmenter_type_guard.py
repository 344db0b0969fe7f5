# case: crown segmenter accepts either one tile tensor or a tuple of band tensors, dispatching with isinstance, then predicts per-pixel class with argmax -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownSegmenter(nn.Cell):
    """Background / conifer crown / broadleaf crown segmentation of aerial tiles."""

    def __init__(self, in_ch=4, n_classes=3, width=8):
        super().__init__()
        self.stem = nn.Conv2d(in_ch, width, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(width)
        self.head = nn.Conv2d(width, n_classes, 1)
        self.act = nn.ReLU()

    def construct(self, tile):
        if isinstance(tile, (tuple, list)):
            tile = ops.concat(tile, axis=1)
        x = self.act(self.bn(self.stem(tile)))
        logits = self.head(x)
        labels = logits.argmax(axis=1)
        crown_frac = (labels > 0).astype(ms.float32).mean(axis=(1, 2))
        return labels, crown_frac


def make():
    np.random.seed(21)
    bands = tuple(Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32)) for _ in range(4))
    net = CrownSegmenter()
    net.set_train(False)
    return net, (bands,)
