# case: token encoder applies an optional padding mask only when it is not None (is None test on an argument) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OCRTokenPooler(nn.Cell):
    def __init__(self, vocab=50, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)

    def construct(self, token_ids, token_mask=None):
        emb = self.embed(token_ids)
        if token_mask is None:
            return emb.mean(axis=1)
        m = token_mask.astype(ms.float32).expand_dims(-1)
        denom = ops.clamp(m.sum(axis=1), 1.0, None)
        return (emb * m).sum(axis=1) / denom


def make():
    np.random.seed(37)
    ids = Tensor(np.random.randint(0, 50, size=(4, 6)).astype(np.int32))
    mask = Tensor(np.random.rand(4, 6) > 0.3)
    return OCRTokenPooler(), (ids, mask)
