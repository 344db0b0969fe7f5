# case: jit function renormalises head and tail embeddings row-wise with ops.sqrt and a clamp, then computes TransE scores -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MAX_NORM = 1.0


def row_renorm(x, max_norm=MAX_NORM):
    norms = ops.sqrt((x * x).sum(axis=-1, keepdims=True) + 1e-12)
    scale = ops.clamp(max_norm / norms, max=1.0)
    return x * scale


@ms.jit
def transe_with_renorm(heads_emb, rel_emb, tails_emb):
    h = row_renorm(heads_emb)
    t = row_renorm(tails_emb)
    return -ops.abs(h + rel_emb - t).sum(axis=-1)


def make():
    np.random.seed(34)
    h = Tensor(np.random.randn(6, 8).astype(np.float32))
    r = Tensor(np.random.randn(6, 8).astype(np.float32))
    t = Tensor(np.random.randn(6, 8).astype(np.float32))
    return transe_with_renorm, (h, r, t)
