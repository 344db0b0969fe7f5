# case: a length regulator expanding phonemes with host repeats, then a mask from the expanded lengths via mindspore.numpy.arange -> LAX error at the arange
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def get_mask_from_lengths(lengths, max_len=None):
    if max_len is None:
        max_len = lengths.max()
    ids = ms.numpy.arange(0, int(max_len)).expand_dims(0)
    mask = ids >= lengths.expand_dims(1)
    return mask


class LengthRegulator(nn.Cell):
    def expand(self, batch, predicted):
        return Tensor(np.repeat(batch.asnumpy(), predicted.asnumpy().astype(np.int32), 0))

    def construct(self, x, duration):
        output = list()
        mel_len = list()
        for batch, target in zip(x, duration):
            expanded = self.expand(batch, target)
            output.append(expanded)
            mel_len.append(expanded.shape[0])
        return output, ms.Tensor(np.stack(mel_len), dtype=ms.float32)


class Adaptor(nn.Cell):
    def __init__(self):
        super().__init__()
        self.length_regulator = LengthRegulator()

    def construct(self, x, duration):
        out, mel_len = self.length_regulator(x, duration)
        mel_mask = get_mask_from_lengths(mel_len)
        return out[0], mel_mask


def make():
    x = Tensor(np.random.rand(2, 3, 4).astype(np.float32))
    d = Tensor(np.array([[1, 2, 1], [2, 2, 1]], np.int32))
    return Adaptor(), (x, d)
