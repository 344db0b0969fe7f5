# case: SpanBERT-style span masking, span starts found with nonzero then scattered -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpanMasker(nn.Cell):
    def __init__(self, mask_id=3, span_len=3, start_prob=0.15):
        super().__init__()
        self.mask_id = mask_id
        self.span_len = span_len
        self.start_prob = start_prob

    def _span_positions(self, noise, offset):
        batch, seq_len = noise.shape
        starts = ops.nonzero(noise < self.start_prob)
        shift = Tensor([0, offset], ms.int64)
        limit = Tensor([batch - 1, seq_len - 1], ms.int64)
        return ops.minimum(starts.astype(ms.int64) + shift, limit)

    def construct(self, token_ids, noise):
        hit = ops.zeros_like(token_ids)
        for offset in range(self.span_len):
            pos = self._span_positions(noise, offset)
            ones = ops.ones((pos.shape[0],), token_ids.dtype)
            hit = ops.tensor_scatter_update(hit, pos, ones)
        masked = ops.where(hit > 0, ops.full_like(token_ids, self.mask_id), token_ids)
        return masked, hit


def make():
    np.random.seed(2)
    ids = np.random.randint(5, 100, size=(2, 12)).astype(np.int32)
    noise = np.random.rand(2, 12).astype(np.float32)
    return SpanMasker(), (Tensor(ids), Tensor(noise))
