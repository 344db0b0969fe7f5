# case: CTC greedy decoder keeps a fixed-length padded output using ops.select and a cumulative position -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedCTCDecoder(nn.Cell):
    """Greedy CTC decoding that never changes shape: invalid slots become pad_id."""

    def __init__(self, num_classes=37, blank_id=0, pad_id=-1):
        super().__init__()
        self.num_classes = num_classes
        self.blank_id = blank_id
        self.pad_id = pad_id

    def _valid_mask(self, ids):
        shifted = ops.pad(ids[:, :-1], (1, 0), value=-1)
        return ops.logical_and(ids != shifted, ids != self.blank_id)

    def construct(self, logits):
        batch, steps, _ = logits.shape
        ids = ops.argmax(logits, dim=-1).astype(ms.int32)
        valid = self._valid_mask(ids)
        pad = ops.full((batch, steps), self.pad_id, dtype=ms.int32)
        decoded = ops.select(valid, ids, pad)
        # stable compaction: sort valid positions to the front, keep shape (B, T)
        order_key = ops.select(valid, ops.zeros_like(ids), ops.ones_like(ids)) * steps
        order_key = order_key + ops.arange(steps, dtype=ms.int32).reshape(1, steps)
        _, order = ops.sort(order_key.astype(ms.float32), axis=-1)
        compact = ops.gather_elements(decoded, 1, order.astype(ms.int32))
        lengths = valid.astype(ms.int32).sum(axis=1)
        return compact, lengths


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(2, 16, 37).astype(np.float32))
    return PaddedCTCDecoder(), (logits,)
