# case: MIND-style multi-interest extractor with B2I dynamic routing for a fixed number of iterations -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def squash(x, axis=-1, eps=1e-9):
    sq = (x * x).sum(axis, keepdims=True)
    return sq / (1.0 + sq) * x / ops.sqrt(sq + eps)


class MultiInterestExtractor(nn.Cell):
    def __init__(self, num_items=80, dim=16, num_interests=4, routing_iters=3):
        super().__init__()
        self.k = num_interests
        self.iters = routing_iters
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=0)
        self.bilinear = nn.Dense(dim, dim, has_bias=False)
        init = np.random.RandomState(7).randn(1, num_interests, 12).astype(np.float32)
        self.routing_init = Tensor(init)

    def construct(self, item_seq):
        mask = (item_seq > 0).astype(ms.float32)          # (B, L)
        low = self.bilinear(self.item_emb(item_seq))       # (B, L, D)
        b, l, _ = low.shape
        logits = ops.broadcast_to(self.routing_init[:, :, :l], (b, self.k, l))
        interests = None
        for _ in range(self.iters):
            w = ops.softmax(logits, axis=1) * mask.expand_dims(1)
            interests = squash(ops.bmm(w, low))                # (B, K, D)
            logits = logits + ops.bmm(interests, low.transpose(0, 2, 1))
        return interests


def make():
    np.random.seed(8)
    seq = np.random.randint(0, 80, size=(2, 12)).astype(np.int32)
    return MultiInterestExtractor(), (Tensor(seq),)
