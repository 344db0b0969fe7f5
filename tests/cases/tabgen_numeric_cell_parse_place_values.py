# case: parses right-aligned padded digit codes into numbers with a fixed place-value vector and a pad mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlaceValueParser(nn.Cell):
    def __init__(self, max_len=4, pad_code=-1):
        super().__init__()
        self.pad_code = pad_code
        powers = 10.0 ** np.arange(max_len - 1, -1, -1)
        self.place = Tensor(powers.astype(np.float32))

    def construct(self, digit_codes):
        # digit_codes: (num_cells, max_len) right-aligned, pad = -1 on the left
        valid = (digit_codes != self.pad_code).astype(ms.float32)
        digits = ops.maximum(digit_codes, 0).astype(ms.float32)
        values = (digits * valid * self.place).sum(axis=1)
        has_value = valid.sum(axis=1) > 0
        return values, has_value


def make():
    np.random.seed(7)
    codes = np.full((5, 4), -1, dtype=np.int32)
    for i in range(5):
        n = np.random.randint(1, 5)
        codes[i, 4 - n:] = np.random.randint(0, 10, size=n)
    return PlaceValueParser(), (Tensor(codes),)
