# case: inpainting output composited with the known region via ops.select on a fixed-size boolean mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedConv(nn.Cell):
    def __init__(self, cin, cout, k=3, dilation=1):
        super().__init__()
        self.feat = nn.Conv2d(cin, cout, k, pad_mode="same", dilation=dilation)
        self.gate = nn.Conv2d(cin, cout, k, pad_mode="same", dilation=dilation)

    def construct(self, x):
        return ops.elu(self.feat(x)) * ops.sigmoid(self.gate(x))


class GatedInpainter(nn.Cell):
    def __init__(self, channels=3, feats=8, dilations=(1, 2, 1)):
        super().__init__()
        blocks = []
        cin = channels + 1
        for d in dilations:
            blocks.append(GatedConv(cin, feats, dilation=d))
            cin = feats
        self.blocks = nn.SequentialCell(blocks)
        self.out = nn.Conv2d(feats, channels, 3, pad_mode="same")

    def construct(self, image, mask):
        hole = mask > 0.5
        x = ops.concat((image * (1 - mask), mask), axis=1)
        pred = ops.tanh(self.out(self.blocks(x)))
        hole3 = ops.broadcast_to(hole, pred.shape)
        return ops.select(hole3, pred, image)


def make():
    np.random.seed(6)
    image = Tensor(np.random.rand(1, 3, 10, 10).astype(np.float32))
    m = (np.random.rand(1, 1, 10, 10) > 0.7).astype(np.float32)
    return GatedInpainter(), (image, Tensor(m))
