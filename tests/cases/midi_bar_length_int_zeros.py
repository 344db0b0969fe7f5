# case: pads a bar of note tokens up to a length computed as int() of a tensor sum -> int(t) used as a shape, graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BarPadder(nn.Cell):
    def __init__(self, pad_id=0):
        super().__init__()
        self.pad_id = pad_id

    def construct(self, bar_tokens, beats_per_bar, subdivisions):
        slots = int((beats_per_bar * subdivisions).sum())
        pad_len = slots - bar_tokens.shape[0]
        pad = ops.full((pad_len,), self.pad_id, dtype=ms.int32)
        return ops.concat((bar_tokens, pad), axis=0)


def make():
    np.random.seed(8)
    bar = Tensor(np.random.randint(1, 300, size=(10,)).astype(np.int32))
    beats = Tensor(np.array([4], dtype=np.int32))
    subdiv = Tensor(np.array([4], dtype=np.int32))
    return BarPadder(), (bar, beats, subdiv)
