# case: cloth mask cleanup that prints an f-string of the garment area tensor for debugging -> f-string/print of tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClothMaskCleaner(nn.Cell):
    def __init__(self, thresh=0.5, verbose=True):
        super().__init__()
        self.thresh = thresh
        self.verbose = verbose
        self.pool = nn.MaxPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, prob):
        mask = (prob > self.thresh).astype(ms.float32)
        closed = -self.pool(-self.pool(mask))
        area = closed.sum()
        if self.verbose:
            print(f"cloth area after closing: {area}")
        return closed


def make():
    np.random.seed(11)
    prob = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    return ClothMaskCleaner(), (prob,)
