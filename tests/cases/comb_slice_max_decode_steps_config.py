# case: decoder that truncates precomputed step logits to a maximum number of decoding steps taken from the config, not from data -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruncatedDecoder(nn.Cell):
    def __init__(self, embed_dim=8, max_steps=4, pad_to=None):
        super().__init__()
        self.max_steps = max_steps
        self.pad_to = pad_to
        self.q_proj = nn.Dense(embed_dim, embed_dim)

    def step_queries(self, node_emb):
        # teacher-forced queries: one per position in the reference tour
        return self.q_proj(node_emb)

    def construct(self, node_emb, ref_tour):
        n = node_emb.shape[1]
        steps = min(self.max_steps, n)
        q = self.step_queries(node_emb)[:, :steps]
        logits = ops.bmm(q, node_emb.transpose(0, 2, 1))
        ref = ref_tour[:, :steps]
        log_p = ops.log_softmax(logits, -1)
        ll = ops.gather_elements(log_p, 2, ref.expand_dims(-1)).squeeze(-1)
        if self.pad_to is not None:
            ll = ops.pad(ll, (0, self.pad_to - steps))
        return ll.sum(-1), ll


def make():
    np.random.seed(28)
    emb = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    ref = Tensor(np.stack([np.random.permutation(6) for _ in range(2)]).astype(np.int32))
    return TruncatedDecoder(), (emb, ref)
