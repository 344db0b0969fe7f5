# case: the Llama rotate_half helper and apply_rotary_pos_emb as module-level functions slicing the last dim at x.shape[-1] // 2, which should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2:]
    return ops.cat((-x2, x1), axis=-1)


def apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=1):
    cos = cos.unsqueeze(unsqueeze_dim)
    sin = sin.unsqueeze(unsqueeze_dim)
    q_embed = (q * cos) + (rotate_half(q) * sin)
    k_embed = (k * cos) + (rotate_half(k) * sin)
    return q_embed, k_embed


class RopeAttentionHead(nn.Cell):
    def __init__(self, num_heads=2, head_dim=4):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = head_dim

    def construct(self, q, k, cos, sin):
        bsz, seq, _ = q.shape
        q = q.view(bsz, seq, self.num_heads, self.head_dim).permute(0, 2, 1, 3)
        k = k.view(bsz, seq, self.num_heads, self.head_dim).permute(0, 2, 1, 3)
        q, k = apply_rotary_pos_emb(q, k, cos, sin)
        return ops.matmul(q, k.swapaxes(2, 3))


def make():
    q = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    k = Tensor(np.random.randn(1, 5, 8).astype(np.float32))
    cos = Tensor(np.random.randn(1, 5, 4).astype(np.float32))
    sin = Tensor(np.random.randn(1, 5, 4).astype(np.float32))
    return RopeAttentionHead(), (q, k, cos, sin)
