# case: jit-compiled 1:1 verification scores image pairs by cosine similarity and decides same/different with ops.select against a module-level threshold -> three-argument select, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VERIFY_THRESHOLD = 0.35
EPS = 1e-6


def cosine(a, b):
    num = (a * b).sum(axis=-1)
    return num / (ops.norm(a, dim=-1) * ops.norm(b, dim=-1) + EPS)


@ms.jit
def verify_pairs(emb_a, emb_b, flipped_a, flipped_b):
    sims = [cosine(x, y) for x, y in zip((emb_a, flipped_a), (emb_b, flipped_b))]
    score = (sims[0] + sims[1]) * 0.5
    same = score > VERIFY_THRESHOLD
    decision = ops.select(same, ops.ones_like(score), ops.zeros_like(score))
    return decision, score


def make():
    np.random.seed(37640)
    a = np.random.randn(6, 32).astype(np.float32)
    b = np.where(np.arange(6)[:, None] % 2 == 0, a + 0.4 * np.random.randn(6, 32), np.random.randn(6, 32)).astype(np.float32)
    fa = (a + 0.05 * np.random.randn(6, 32)).astype(np.float32)
    fb = (b + 0.05 * np.random.randn(6, 32)).astype(np.float32)
    return verify_pairs, (Tensor(a), Tensor(b), Tensor(fa), Tensor(fb))
