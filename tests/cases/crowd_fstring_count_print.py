# case: prints an f-string with the predicted count tensor for debugging inside construct -> f-string formatting of tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseCounter(nn.Cell):
    def __init__(self, in_ch=4, verbose=True):
        super().__init__()
        self.reg = nn.Conv2d(in_ch, 1, 3, pad_mode="same", has_bias=True)
        self.act = nn.ReLU()
        self.verbose = verbose

    def construct(self, feat):
        density = self.act(self.reg(feat))
        count = density.sum()
        if self.verbose:
            print(f"predicted count: {count}")
        return density, count


def make():
    np.random.seed(9)
    feat = np.random.rand(1, 4, 8, 8).astype(np.float32)
    return VerboseCounter(), (Tensor(feat),)
