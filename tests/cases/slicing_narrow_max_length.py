# case: batch collator narrows padded tokens to the longest real length using mint.narrow with a tensor length; expect error or dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class TrimPadding(nn.Cell):
    def __init__(self, pad_id=0):
        super().__init__()
        self.pad_id = pad_id

    def construct(self, tokens):
        lengths = (tokens != self.pad_id).astype(ms.int32).sum(axis=1)
        longest = lengths.max()
        return mint.narrow(tokens, 1, 0, longest)


class Collate(nn.Cell):
    def __init__(self):
        super().__init__()
        self.trim = TrimPadding()

    def construct(self, tokens):
        out = self.trim(tokens)
        return out * 2


def make():
    t = np.zeros((3, 10), np.int32)
    t[0, :5] = 7
    t[1, :3] = 4
    t[2, :6] = 9
    return Collate(), (Tensor(t),)
