# case: extended attention mask from input ids (pad id), causal triangle from seq len, and same-segment ids -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskBuilder(nn.Cell):
    def __init__(self, pad_token_id=0, is_decoder=True, use_segment_mask=True, neg_inf=-1e9):
        super().__init__()
        self.pad_token_id = pad_token_id
        self.is_decoder = is_decoder
        self.use_segment_mask = use_segment_mask
        self.neg_inf = neg_inf

    def _causal(self, seq_len):
        return ops.tril(ops.ones((seq_len, seq_len), ms.int32)).astype(ms.bool_)

    def construct(self, input_ids, token_type_ids):
        batch, seq_len = input_ids.shape
        keep = (input_ids != self.pad_token_id).expand_dims(1).expand_dims(1)
        keep = ops.broadcast_to(keep, (batch, 1, seq_len, seq_len))
        if self.is_decoder:
            keep = ops.logical_and(keep, self._causal(seq_len))
        if self.use_segment_mask:
            same = token_type_ids.expand_dims(2) == token_type_ids.expand_dims(1)
            keep = ops.logical_and(keep, same.expand_dims(1))
        return ops.where(keep, ops.zeros((), ms.float32), ops.full((), self.neg_inf, dtype=ms.float32))


class TinySelfAttention(nn.Cell):
    def __init__(self, vocab=30, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.masks = MaskBuilder()
        self.scale = hidden ** -0.5

    def construct(self, input_ids, token_type_ids):
        h = self.embed(input_ids)
        bias = self.masks(input_ids, token_type_ids)
        scores = ops.matmul(h, h.swapaxes(1, 2)).expand_dims(1) * self.scale + bias
        probs = ops.softmax(scores, -1)
        return ops.matmul(probs.squeeze(1), h)


def make():
    np.random.seed(0)
    ids = Tensor(np.array([[5, 7, 9, 2, 0, 0], [3, 4, 8, 11, 12, 6]], np.int32))
    segs = Tensor(np.array([[0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1]], np.int32))
    return TinySelfAttention(), (ids, segs)
