# case: flash-attention style online-softmax loop over key chunks whose count comes from the static key length and a chunk-size config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlashStyleAttention(nn.Cell):
    def __init__(self, head_dim=8, kv_chunk=4, causal=False):
        super().__init__()
        self.kv_chunk = kv_chunk
        self.causal = causal
        self.scale = head_dim ** -0.5

    def _chunk_update(self, q, k_c, v_c, m, l, acc):
        s = ops.matmul(q, k_c.swapaxes(-1, -2)) * self.scale
        m_new = ops.maximum(m, s.max(axis=-1, keepdims=True))
        p = ops.exp(s - m_new)
        alpha = ops.exp(m - m_new)
        l_new = alpha * l + p.sum(axis=-1, keepdims=True)
        acc = alpha * acc + ops.matmul(p, v_c)
        return m_new, l_new, acc

    def construct(self, q, k, v):
        b, n_q, hd = q.shape
        n_k = k.shape[1]
        num_chunks = (n_k + self.kv_chunk - 1) // self.kv_chunk
        m = ops.full((b, n_q, 1), -1e30, dtype=q.dtype)
        l = ops.zeros((b, n_q, 1), q.dtype)
        acc = ops.zeros((b, n_q, hd), q.dtype)
        for i in range(num_chunks):
            lo = i * self.kv_chunk
            hi = min(lo + self.kv_chunk, n_k)
            m, l, acc = self._chunk_update(q, k[:, lo:hi], v[:, lo:hi], m, l, acc)
        return acc / l


def make():
    np.random.seed(27)
    q = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    k = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    v = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    return FlashStyleAttention(), (q, k, v)
