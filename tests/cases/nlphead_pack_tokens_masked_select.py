# case: packs the non-pad tokens of a batch into fixed-length rows via masked_select and padding to a multiple -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenPacker(nn.Cell):
    """Concatenate real tokens of all sequences (with a separator) into rows of pack_len."""

    def __init__(self, pack_len=8, pad_id=0, sep_id=2):
        super().__init__()
        self.pack_len = pack_len
        self.pad_id = pad_id
        self.sep_id = sep_id

    def _flatten_real_tokens(self, input_ids):
        keep = input_ids != self.pad_id
        return ops.masked_select(input_ids, keep)

    def construct(self, input_ids):
        sep = ops.fill(input_ids.dtype, (input_ids.shape[0], 1), self.sep_id)
        with_sep = ops.concat((input_ids, sep), axis=1)
        flat = self._flatten_real_tokens(with_sep)
        n = flat.shape[0]
        remainder = (self.pack_len - n % self.pack_len) % self.pack_len
        flat = ops.pad(flat, (0, remainder), value=self.pad_id)
        return flat.reshape(-1, self.pack_len)


def make():
    np.random.seed(5)
    ids = np.zeros((3, 6), dtype=np.int32)
    for i, n in enumerate([4, 2, 5]):
        ids[i, :n] = np.random.randint(3, 30, size=n)
    return TokenPacker(), (Tensor(ids),)
