# case: sampling decoder using the Gumbel-max trick with pre-drawn uniform noise, decode type chosen by a string config flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GumbelSampler(nn.Cell):
    def __init__(self, embed_dim=16, decode_type="sampling", temperature=1.5):
        super().__init__()
        self.decode_type = decode_type
        self.temperature = temperature
        self.key = nn.Dense(embed_dim, embed_dim, has_bias=False)
        self.glimpse = nn.Dense(embed_dim, embed_dim)

    def select_node(self, log_p, noise):
        if self.decode_type == "greedy":
            return ops.argmax(log_p, -1)
        g = -ops.log(-ops.log(noise.clip(1e-6, 1.0 - 1e-6)))
        return ops.argmax(log_p / self.temperature + g, -1)

    def construct(self, node_emb, visited, noise):
        k = self.key(node_emb)
        b, n, d = k.shape
        q = self.glimpse(node_emb.mean(1))
        seq = []
        for t in range(n):
            logits = (k * q.expand_dims(1)).sum(-1)
            logits = ops.where(visited, ops.full_like(logits, -1e9), logits)
            log_p = ops.log_softmax(logits, -1)
            sel = self.select_node(log_p, noise[:, t])
            visited = ops.logical_or(visited, ops.one_hot(sel, n, Tensor(1.0), Tensor(0.0)) > 0.5)
            q = self.glimpse(ops.gather_elements(node_emb, 1, sel.view(b, 1, 1).broadcast_to((b, 1, d))).squeeze(1))
            seq.append(sel)
        return ops.stack(seq, 1)


def make():
    np.random.seed(21)
    emb = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    visited = Tensor(np.zeros((2, 5), bool))
    noise = Tensor(np.random.rand(2, 5, 5).astype(np.float32))
    return GumbelSampler(), (emb, visited, noise)
