# case: mu-law decode of generated codes then trim to a data-derived valid length -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MuLawDecoder(nn.Cell):
    def __init__(self, quantization_channels=256, pad_code=0):
        super().__init__()
        self.mu = float(quantization_channels - 1)
        self.pad_code = pad_code

    def expand(self, codes):
        y = codes.astype(ms.float32) / self.mu * 2.0 - 1.0
        mag = (ops.pow(1.0 + self.mu, ops.abs(y)) - 1.0) / self.mu
        return ops.sign(y) * mag

    def construct(self, codes):
        # count how many non-pad codes the generator produced
        valid = (codes != self.pad_code).astype(ms.int32)
        n_valid = valid.sum()
        audio = self.expand(codes)
        return audio[:n_valid]


def make():
    np.random.seed(0)
    codes = np.random.randint(1, 256, size=(64,)).astype(np.int32)
    codes[50:] = 0
    return MuLawDecoder(), (Tensor(codes),)
