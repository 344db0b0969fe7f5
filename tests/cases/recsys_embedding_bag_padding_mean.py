# case: padded multi-hot embedding bag: padding ids masked with ops.select, mean over non-padding entries with count clamped to 1 -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PaddedEmbeddingBag(nn.Cell):
    def __init__(self, vocab_size=50, dim=8, pad_id=0, combiner="mean", max_norm=None):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, dim)
        self.pad_id = pad_id
        self.combiner = combiner
        self.max_norm = max_norm

    def construct(self, ids):
        emb = self.embedding(ids)                                  # (B, L, D)
        valid = (ids != self.pad_id).expand_dims(-1)
        valid_b = ops.broadcast_to(valid, emb.shape)
        emb = ops.select(valid_b, emb, ops.zeros_like(emb))
        summed = emb.sum(axis=1)
        if self.combiner == "sum":
            out = summed
        else:
            count = valid.astype(ms.float32).sum(axis=1)
            out = summed / ops.maximum(count, 1.0)
        if self.max_norm is not None:
            norm = ops.norm(out, dim=-1, keepdim=True)
            out = out * ops.minimum(self.max_norm / (norm + 1e-7), 1.0)
        return out


def make():
    np.random.seed(25)
    ids = np.random.randint(1, 50, size=(4, 5)).astype(np.int32)
    ids[0, 3:] = 0
    ids[2, 1:] = 0
    ids[3, :] = 0
    return PaddedEmbeddingBag(), (Tensor(ids),)
