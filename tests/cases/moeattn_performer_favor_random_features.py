# case: Performer FAVOR+ attention with orthogonal random features drawn once at init (seeded NumPy) and positive softmax-kernel feature map -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def orthogonal_random_matrix(num_features, dim, seed=0):
    rng = np.random.RandomState(seed)
    blocks = []
    for _ in range(int(np.ceil(num_features / dim))):
        q, _ = np.linalg.qr(rng.randn(dim, dim))
        blocks.append(q.T)
    mat = np.concatenate(blocks, axis=0)[:num_features]
    norms = np.linalg.norm(rng.randn(num_features, dim), axis=1, keepdims=True)
    return (mat * norms).astype(np.float32)


class FavorAttention(nn.Cell):
    def __init__(self, head_dim=8, num_features=12, seed=0, eps=1e-4):
        super().__init__()
        self.eps = eps
        self.data_norm = head_dim ** -0.25
        self.ratio = num_features ** -0.5
        self.proj = Tensor(orthogonal_random_matrix(num_features, head_dim, seed))

    def _softmax_kernel(self, x, is_query):
        x = x * self.data_norm
        xw = ops.matmul(x, self.proj.T)
        diag = (x ** 2).sum(axis=-1, keepdims=True) / 2.0
        if is_query:
            stab = xw.max(axis=-1, keepdims=True)
        else:
            stab = xw.max()
        return self.ratio * (ops.exp(xw - diag - stab) + self.eps)

    def construct(self, q, k, v):
        q_prime = self._softmax_kernel(q, True)
        k_prime = self._softmax_kernel(k, False)
        kv = ops.matmul(k_prime.swapaxes(-1, -2), v)
        norm = ops.matmul(q_prime, k_prime.sum(axis=-2).expand_dims(-1))
        return ops.matmul(q_prime, kv) / norm


def make():
    np.random.seed(37)
    q = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    return FavorAttention(), (q, k, v)
