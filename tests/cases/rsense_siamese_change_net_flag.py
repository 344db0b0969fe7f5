# case: siamese change-detection net with shared encoder, fusion mode from config and a training-only dropout branch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self, in_bands, width):
        super().__init__()
        self.body = nn.SequentialCell(
            nn.Conv2d(in_bands, width, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(width, width, 3, pad_mode="same"), nn.ReLU(),
        )

    def construct(self, x):
        return self.body(x)


class SiameseChangeNet(nn.Cell):
    def __init__(self, in_bands=4, width=8, fusion="absdiff", drop=0.1):
        super().__init__()
        self.encoder = Encoder(in_bands, width)
        self.fusion = fusion
        head_in = width * 2 if fusion == "concat" else width
        self.dropout = nn.Dropout(p=drop)
        self.head = nn.Conv2d(head_in, 2, 1)

    def fuse(self, f1, f2):
        if self.fusion == "concat":
            return ops.concat((f1, f2), axis=1)
        return ops.abs(f1 - f2)

    def construct(self, img_t1, img_t2):
        fused = self.fuse(self.encoder(img_t1), self.encoder(img_t2))
        if self.training:
            fused = self.dropout(fused)
        return self.head(fused)


def make():
    np.random.seed(43)
    ms.set_seed(43)
    a = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    b = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    net = SiameseChangeNet()
    net.set_train(False)
    return net, (a, b)
