# case: decoder that wraps the sampling path in try/except and falls back to greedy decoding on failure -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustDecoder(nn.Cell):
    def __init__(self, embed_dim=16, decode_type="sampling"):
        super().__init__()
        self.decode_type = decode_type
        self.q = nn.Dense(embed_dim, embed_dim)

    def greedy(self, probs):
        return ops.argmax(probs, -1)

    def sample(self, probs, u):
        cdf = ops.cumsum(probs, -1)
        return (cdf < u.expand_dims(-1)).astype(ms.int32).sum(-1)

    def construct(self, node_emb, ctx, mask, u):
        logits = ops.bmm(node_emb, self.q(ctx).expand_dims(-1)).squeeze(-1)
        probs = ops.softmax(ops.masked_fill(logits, mask, -1e9), -1)
        try:
            action = self.sample(probs, u) if self.decode_type == "sampling" else self.greedy(probs)
        except ValueError:
            action = self.greedy(probs)
        return action.astype(ms.int32), probs


def make():
    np.random.seed(16)
    emb = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    ctx = Tensor(np.random.randn(2, 16).astype(np.float32))
    mask = np.zeros((2, 5), bool)
    mask[:, 0] = True
    return RobustDecoder(), (emb, ctx, Tensor(mask), Tensor(np.array([0.3, 0.9], np.float32)))
