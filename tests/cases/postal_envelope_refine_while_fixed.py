# case: address block locator refines its attention map over the envelope scan in a while loop with a Python int counter and a fixed number of refinement steps -> Python-int loop, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineStep(nn.Cell):
    def __init__(self, ch=8):
        super().__init__()
        self.conv = nn.Conv2d(ch + 1, 1, 3, pad_mode="same")

    def construct(self, feats, attn):
        return ops.sigmoid(self.conv(ops.concat([feats, attn], axis=1)))


class AddressBlockLocator(nn.Cell):
    def __init__(self, ch=8, n_steps=3):
        super().__init__()
        self.stem = nn.Conv2d(1, ch, 3, pad_mode="same")
        self.step = RefineStep(ch)
        self.n_steps = n_steps

    def construct(self, scan):
        feats = ops.relu(self.stem(scan))
        attn = ops.ones((scan.shape[0], 1, scan.shape[2], scan.shape[3]), ms.float32) * 0.5
        i = 0
        while i < self.n_steps:
            attn = self.step(feats, attn)
            i += 1
        return attn


def make():
    np.random.seed(181)
    scan = Tensor(np.random.rand(1, 1, 24, 40).astype(np.float32))
    return AddressBlockLocator(), (scan,)
