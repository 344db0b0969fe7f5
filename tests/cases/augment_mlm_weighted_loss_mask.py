# case: BERT-style 80/10/10 masking with ops.select and a mask-weighted loss over all positions -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLMCorruptor(nn.Cell):
    def __init__(self, vocab_size=40, mask_token_id=4, mask_prob=0.15, special_ids=(0, 1, 2)):
        super().__init__()
        self.vocab_size = vocab_size
        self.mask_token_id = mask_token_id
        self.mask_prob = mask_prob
        self.special_ids = special_ids

    def special_mask(self, ids):
        special = ops.zeros_like(ids).astype(ms.bool_)
        for sid in self.special_ids:
            special = special | (ids == sid)
        return special

    def construct(self, ids):
        chosen = (ops.rand(ids.shape) < self.mask_prob) & ~self.special_mask(ids)
        roll = ops.rand(ids.shape)
        to_mask = chosen & (roll < 0.8)
        to_random = chosen & (roll >= 0.8) & (roll < 0.9)
        random_ids = ops.randint(0, self.vocab_size, ids.shape, dtype=ms.int32)
        out = ops.select(to_mask, ops.full_like(ids, self.mask_token_id), ids)
        out = ops.select(to_random, random_ids, out)
        weights = chosen.astype(ms.float32)
        return out, weights / ops.maximum(weights.sum(), 1.0)


def make():
    np.random.seed(15)
    ids = Tensor(np.random.randint(0, 40, (3, 12)).astype(np.int32))
    return MLMCorruptor(), (ids,)
