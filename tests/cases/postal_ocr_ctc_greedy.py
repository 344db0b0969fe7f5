# case: address OCR greedy CTC step marks repeated and blank characters with shifted comparisons and keeps fixed-length output with blanks filled by ops.select -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AddressOCRDecoder(nn.Cell):
    def __init__(self, dim=32, n_chars=40, blank=0):
        super().__init__()
        self.fc = nn.Dense(dim, n_chars)
        self.blank = blank

    def construct(self, char_feats):
        pred = self.fc(char_feats).argmax(axis=-1).astype(ms.int32)
        prev = ops.concat([ops.full((1,), self.blank, dtype=ms.int32), pred[:-1]])
        keep = ops.logical_and(pred != prev, pred != self.blank)
        out = ops.select(keep, pred, ops.full_like(pred, -1))
        return out, keep.astype(ms.int32).sum()


def make():
    np.random.seed(102)
    feats = Tensor(np.random.randn(20, 32).astype(np.float32))
    return AddressOCRDecoder(), (feats,)
