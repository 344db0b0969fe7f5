# case: mixture mean approximated from the top-k components with k a constructor constant, gathered with gather_elements -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKMixtureMean(nn.Cell):
    """Renormalised mean offset over the k most probable components."""

    def __init__(self, hidden=8, num_mixtures=6, top_k=2):
        super().__init__()
        self.num_mixtures = num_mixtures
        self.top_k = top_k
        self.pi = nn.Dense(hidden, num_mixtures)
        self.mu = nn.Dense(hidden, 2 * num_mixtures)

    def construct(self, h):
        pi = ops.softmax(self.pi(h), axis=-1)
        mu = self.mu(h).reshape(h.shape[0], self.num_mixtures, 2)
        w, idx = ops.topk(pi, self.top_k)
        w = w / w.sum(axis=-1, keepdims=True)
        idx2 = ops.tile(idx.expand_dims(-1), (1, 1, 2))
        top_mu = ops.gather_elements(mu, 1, idx2)
        return (w.expand_dims(-1) * top_mu).sum(axis=1)


def make():
    np.random.seed(35)
    ms.set_seed(35)
    h = Tensor(np.random.randn(3, 8).astype(np.float32))
    return TopKMixtureMean(), (h,)
