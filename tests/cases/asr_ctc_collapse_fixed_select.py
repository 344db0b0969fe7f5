# case: CTC greedy collapse done with a fixed-size keep mask and ops.select padding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedLengthCTCGreedy(nn.Cell):
    """Returns padded token ids (pad_id where a frame was dropped) plus a keep mask."""

    def __init__(self, d_model=32, vocab_size=12, blank_id=0, pad_id=-1):
        super().__init__()
        self.proj = nn.Dense(d_model, vocab_size)
        self.blank_id = blank_id
        self.pad_id = pad_id

    def _shift_right(self, ids):
        first = ops.full((ids.shape[0], 1), -1, dtype=ids.dtype)
        return ops.concat((first, ids[:, :-1]), axis=1)

    def construct(self, enc, enc_lens):
        logits = self.proj(enc)
        ids = ops.argmax(logits, dim=-1).astype(ms.int32)
        prev = self._shift_right(ids)
        frames = ops.arange(ids.shape[1]).astype(ms.int32)
        valid = frames.expand_dims(0) < enc_lens.expand_dims(1)
        keep = ops.logical_and(ops.logical_and(ids != prev, ids != self.blank_id), valid)
        padded = ops.select(keep, ids, ops.full_like(ids, self.pad_id))
        num_tokens = keep.astype(ms.int32).sum(axis=1)
        return padded, keep, num_tokens


def make():
    np.random.seed(1)
    enc = Tensor(np.random.randn(2, 16, 32).astype(np.float32))
    lens = Tensor(np.array([16, 11], dtype=np.int32))
    return FixedLengthCTCGreedy(), (enc, lens)
