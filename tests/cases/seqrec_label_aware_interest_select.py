# case: MIND label-aware attention choosing the interest closest to the target item via argmax + gather_elements (training) or hard max (eval) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelAwareAttention(nn.Cell):
    def __init__(self, num_items=40, dim=8, num_interests=3, pow_p=2.0, hard_readout=True):
        super().__init__()
        self.k = num_interests
        self.p = pow_p
        self.hard = hard_readout
        self.item_emb = nn.Embedding(num_items, dim)
        self.interest_proj = nn.Dense(dim, dim * num_interests)

    def interests(self, history):
        pooled = self.item_emb(history).mean(1)
        return self.interest_proj(pooled).reshape(history.shape[0], self.k, -1)

    def construct(self, history, target):
        caps = self.interests(history)                      # (B, K, D)
        tgt = self.item_emb(target)                          # (B, D)
        sim = ops.bmm(caps, tgt.expand_dims(-1)).squeeze(-1) # (B, K)
        if self.hard:
            best = ops.argmax(sim, dim=1, keepdim=True)
            idx = best.expand_dims(-1).broadcast_to((caps.shape[0], 1, caps.shape[2]))
            user = ops.gather_elements(caps, 1, idx).squeeze(1)
        else:
            w = ops.softmax(ops.pow(sim, self.p), axis=1)
            user = (w.expand_dims(-1) * caps).sum(1)
        return (user * tgt).sum(-1)


def make():
    np.random.seed(31)
    hist = np.random.randint(0, 40, size=(3, 5)).astype(np.int32)
    tgt = np.random.randint(0, 40, size=(3,)).astype(np.int32)
    return LabelAwareAttention(), (Tensor(hist), Tensor(tgt))
